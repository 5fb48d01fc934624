namespace DebtHelp.Web.Search;

/// <summary>
/// The families of weak signals <see cref="CrisisScore"/> weighs. A message counts each family once, at its strongest
/// cue, so a despairing sentence said three times weighs what it weighs once: it takes two families, or one strong
/// cue, to raise the flag.
/// </summary>
internal enum CrisisConcept
{
    /// <summary>Not wanting to live, or life without meaning ("活着好难", "不想存在了", "了无牵挂").</summary>
    Living,

    /// <summary>Cannot go on, no way out ("坚持不了了", "没有出路", "绝望").</summary>
    NoWayOut,

    /// <summary>A death that is not everyday hyperbole ("死了", not "吓死了"): weak, it needs a second family.</summary>
    Death,

    /// <summary>Ending it without saying how ("想结束", "了断", "做傻事", "从这个世界消失").</summary>
    Ending,

    /// <summary>Sleep as death ("不想醒", "永远休息", "长眠").</summary>
    Sleep,

    /// <summary>Being a burden ("累赘", "没有我", "多余的人").</summary>
    Burden,

    /// <summary>A goodbye ("原谅我", "别恨我", "永别", "再见").</summary>
    Farewell,

    /// <summary>Somewhere else to go ("另一个世界", "天堂", "下辈子").</summary>
    Beyond,

    /// <summary>A time that makes a plan of it ("今晚", "最后").</summary>
    Time,

    /// <summary>A high place or water ("天台", "桥上", "江边").</summary>
    Place,

    /// <summary>A means ("药", "绳子", "刀片", "跳下去").</summary>
    Means,

    /// <summary>How much, how fast, does it hurt ("喝多少才够", "会不会疼"): a method weighed.</summary>
    Dose,

    /// <summary>A decision taken ("决定了", "想好了", "准备好了").</summary>
    Resolve,

    /// <summary>Arrangements for after one is gone ("猫送给同事了", "密码写给我妹了", "受益人改成儿子了").</summary>
    Arrangement,

    /// <summary>A practical question about the debt ("协商", "要还吗", "报警"): weighs against the weak signals.</summary>
    Practical,
}
