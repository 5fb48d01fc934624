using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Pages.Letters;

/// <summary>
/// Writes the letter as plain text, ready to print, copy into an app's complaint box or copy out by hand. The wording
/// follows the site's two template articles (lender-complaint-template, instalment-request-template).
/// </summary>
public static partial class LetterWriter
{
    /// <summary>What an empty field prints as: a line to fill in by hand.</summary>
    public const string Blank = "＿＿＿＿";

    private static readonly string[] ComplaintRequests =
    [
        "立即停止联系与本笔借款无关的人，包括我的家人、同事和通讯录里的联系人，不再向任何第三人透露我的借款信息。",
        "每天22:00至次日8:00之间，不给我打电话、发信息，也不上门。",
        "书面告诉我：贵司是否把本笔借款委托给了外部催收机构；如果委托了，请告知该机构全称和联系方式，并确认＿＿＿＿年＿＿月＿＿日联系我的＿＿＿＿（姓名、号码或工号）是否为贵司授权的人员。贵司委托他人处理我的个人信息，应当监督受托人（《中华人民共和国个人信息保护法》第21条）。",
        "对上面列出的行为进行核查，纠正并告诉我处理结果。",
        "提供我的借款合同、还款记录，以及目前欠款中本金、利息、罚息和各项费用的明细。",
        "以后只通过＿＿＿＿（我指定的方式）联系我本人。",
    ];

    private static readonly string[] InstalmentRequests =
    [
        "同意按上述方案分期还款。",
        "在协商和分期履行期间，停止计收或减免罚息、违约金等费用。",
        "协商期间暂停上门外访，只通过本申请书留下的联系方式与本人联系，不联系本人的家人、同事、朋友等第三人。",
        "提供本笔欠款本金、利息、各项费用的分项明细。",
        "以书面形式答复本申请，例如盖章文件、App内可查看的协议，或官方短信、邮件。",
    ];

    public static IReadOnlyList<string> UsualRequests(LetterKind kind) => kind == LetterKind.Instalment ? InstalmentRequests : ComplaintRequests;

    public static string Title(LetterKind kind) => kind == LetterKind.Instalment ? "分期还款申请书" : "关于贵司催收行为的投诉";

    public static string Write(LetterForm form) => Unmarked(WriteMarked(form));

    /// <summary>
    /// The letter with every piece the reader typed between <see cref="PageText.ReaderTextStart"/> and
    /// <see cref="PageText.ReaderTextEnd"/>, so the 繁體 page converts the letter's own words and leaves theirs as typed.
    /// </summary>
    public static string WriteMarked(LetterForm form) => form.Kind == LetterKind.Instalment ? Instalment(form) : Complaint(form);

    /// <summary>The letter text without the marks.</summary>
    public static string Unmarked(string marked) =>
        marked.Replace(PageText.ReaderTextStart.ToString(), "", StringComparison.Ordinal)
            .Replace(PageText.ReaderTextEnd.ToString(), "", StringComparison.Ordinal);

    private static string Typed(string value) => PageText.ReaderTextStart + value + PageText.ReaderTextEnd;

    private static string Complaint(LetterForm f)
    {
        var text = new StringBuilder();
        text.Append(Title(LetterKind.Complaint)).Append("\n\n");
        text.Append("致：").Append(Or(f.Lender)).Append("（客户投诉部门）\n\n");
        text.Append("一、投诉人\n");
        text.Append("姓名：").Append(Or(f.Name)).Append('\n');
        text.Append("借款时登记的手机号：").Append(Or(f.Phone)).Append("\n\n");
        text.Append("二、借款信息\n");
        AppendLoan(text, f);
        text.Append("\n三、发生了什么\n");
        AppendNumbered(text, f.WhatHappened, $"{Blank}年＿＿月＿＿日＿＿时＿＿分，{Blank}。");
        text.Append("\n四、我的要求\n");
        AppendNumbered(text, f.Requests, Blank);
        text.Append("请在收到本信后").Append(Number(f.ReplyDays, "天日")).Append("日内书面答复。逾期未答复，我将向金融监管部门反映。\n\n");
        text.Append("附件：").Append(Blank).Append("（录音、截图、通话记录、照片等的复制件，原件由我保存）\n\n");
        text.Append("投诉人（签名）：").Append(Blank).Append('\n');
        text.Append("日期：").Append(Date(f.LetterDate)).Append('\n');
        return text.ToString();
    }

    private static string Instalment(LetterForm f)
    {
        var text = new StringBuilder();
        text.Append(Title(LetterKind.Instalment)).Append("\n\n");
        text.Append("致：").Append(Or(f.Lender)).Append("\n\n");
        text.Append("一、借款人\n");
        text.Append("姓名：").Append(Or(f.Name)).Append('\n');
        text.Append("借款时登记的手机号：").Append(Or(f.Phone)).Append("\n\n");
        text.Append("二、借款信息\n");
        AppendLoan(text, f);
        text.Append("\n三、逾期情况\n");
        text.Append("本人自").Append(Date(f.OverdueSince)).Append("起未能按期还款。请贵方提供目前待还金额中本金、利息、罚息和其他费用的明细。\n\n");
        text.Append("四、困难原因\n");
        text.Append(string.IsNullOrEmpty(f.Reason) ? $"由于{Blank}，本人暂时无法按原约定还款。" : Typed(f.Reason)).Append('\n');
        text.Append("本人愿意承担还款责任，恳请贵方考虑下面的分期方案。\n\n");
        text.Append("五、还款方案\n");
        text.Append("每月还款").Append(Number(f.MonthlyAmount, "元")).Append("元，共").Append(Number(f.Instalments, "期")).Append("期，从")
            .Append(Date(f.FirstPaymentDate)).Append("起每月还款一次");
        if (Total(f.MonthlyAmount, f.Instalments) is { } total)
        {
            text.Append("，合计").Append(total.ToString("0.##", CultureInfo.InvariantCulture)).Append('元');
        }

        text.Append("。收入好转时，本人愿意提前多还。\n\n");
        text.Append("六、请求事项\n");
        AppendNumbered(text, f.Requests, Blank);
        text.Append("\n七、联系方式\n");
        text.Append("手机：").Append(Or(f.Phone)).Append('\n');
        text.Append("（请只通过以上方式联系本人。）\n\n");
        text.Append("申请人（签名）：").Append(Blank).Append('\n');
        text.Append("日期：").Append(Date(f.LetterDate)).Append('\n');
        return text.ToString();
    }

    private static void AppendLoan(StringBuilder text, LetterForm f)
    {
        text.Append("借款App或产品名称：").Append(Or(f.Product)).Append('\n');
        text.Append("借款合同编号：").Append(Or(f.ContractNumber)).Append('\n');
        text.Append("借款日期：").Append(Date(f.LoanDate)).Append("\n借款金额：").Append(Number(f.LoanAmount, "元")).Append("元\n");
    }

    /// <summary>One numbered line per non-empty line the reader wrote, their own numbering or bullets removed.</summary>
    private static void AppendNumbered(StringBuilder text, string? lines, string whenEmpty)
    {
        var items = (lines ?? "").Split('\n')
            .Select(l => LeadingNumber().Replace(l.Trim(), ""))
            .Where(l => l.Length > 0)
            .Select(Typed)
            .DefaultIfEmpty(whenEmpty)
            .ToList();
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(items[i]).Append('\n');
        }
    }

    private static string Or(string? value) => string.IsNullOrEmpty(value) ? Blank : Typed(value);

    /// <summary>A number the letter follows with its own unit, so "1000元" typed in does not print as "1000元元".</summary>
    private static string Number(string? value, string units) => Or(value?.TrimEnd(units.ToCharArray()).TrimEnd());

    /// <summary>A date from a date field (2026-11-23) as 2026年11月23日; anything else as typed.</summary>
    private static string Date(string? value) =>
        string.IsNullOrEmpty(value) ? $"{Blank}年＿＿月＿＿日"
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : Typed(value);

    private static decimal? Total(string? monthly, string? count) =>
        decimal.TryParse(monthly?.Replace(",", "", StringComparison.Ordinal).Replace("元", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
        && int.TryParse(count?.Replace("期", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && amount > 0 && n is > 0 and <= 120
            ? amount * n
            : null;

    [GeneratedRegex("^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[.、．)）](?![0-9])\\s*|^[-•·*]\\s*")]
    private static partial Regex LeadingNumber();
}
