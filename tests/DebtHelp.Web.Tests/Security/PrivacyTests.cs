using DebtHelp.Web.Chinese;
using DebtHelp.Web.Search;
using DebtHelp.Web.Site;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHelp.Web.Tests.Security;

/// <summary>
/// What a reader types never reaches a log line or the gap list unmasked. Masked: digit runs in any script
/// (ASCII, full-width, other scripts' digits, Chinese numerals written digit by digit), e-mail addresses, and the
/// words after 我叫 / 姓名 / 名字是 / 名叫 / 我姓 (a name).
/// </summary>
public sealed class PrivacyTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("１３８００１３８０００", "１３８００１３８０００")]
    [InlineData("١٣٨٠٠١٣٨٠٠٠", "١٣٨٠٠١٣٨")]
    [InlineData("一三八〇〇一三八〇〇〇", "一三八")]
    [InlineData("幺三八零零幺三八零零零", "幺三八")]
    [InlineData("电话138一三八〇〇", "一三八")]
    [InlineData("壹叁捌零零", "壹叁捌")]
    [InlineData("zhangsanfeng@mailbox.test 催收", "zhangsanfeng")]
    [InlineData("邮箱 zhang.san+debt@mail.example.cn", "example")]
    [InlineData("邮箱 ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｚｈａｎｇ")]
    [InlineData("我叫张三丰，催收打我电话", "张三丰")]
    [InlineData("姓名：李四 怎么投诉", "李四")]
    [InlineData("我的名字是王小五", "王小五")]
    [InlineData("我姓欧阳，被催收了", "欧阳")]
    [InlineData("本人姓名赵六，欠了网贷", "赵六")]
    [InlineData("我叫 Zhang San", "Zhang")]
    public void The_masker_hides_each_kind_of_personal_data(string typed, string secret)
    {
        var masked = QueryLogText.Mask(typed);

        Assert.DoesNotContain(secret, masked);
    }

    [Theory]
    [InlineData("催收一天打三次电话怎么办")]
    [InlineData("第一次逾期会上征信吗")]
    [InlineData("催收人员深夜上门怎么办")]
    public void Ordinary_questions_keep_their_words(string typed) =>
        Assert.Equal(QueryAnalyzer.Clean(typed), QueryLogText.Mask(typed));

    [Fact]
    public async Task The_search_page_logs_and_gap_list_keep_no_name_email_or_number()
    {
        using var site = new SiteFactory();
        var client = await site.ReadyClientAsync();
        const string Typed = "我叫张三丰 zhangsanfeng@mailbox.test 一三八〇〇一三八〇〇〇 １３８００１３８０００";

        foreach (var path in new[] { "/search?q=", "/zh-hant/search?q=", "/api/search?q=" })
        {
            using var response = await client.GetAsync(path + Uri.EscapeDataString(Typed));
            Assert.True(response.IsSuccessStatusCode);
        }

        var logs = site.Logs.AllText;
        var gaps = string.Join("\n", site.Services.GetRequiredService<SearchGapLog>().Top().Select(g => g.Query));
        foreach (var secret in new[] { "张三丰", "張三丰", "zhangsanfeng", "mailbox", "一三八", "１３８" })
        {
            Assert.DoesNotContain(secret, logs);
            Assert.DoesNotContain(secret, gaps);
        }

        Assert.NotEmpty(gaps);
    }

    [Fact]
    public async Task The_gap_list_ranks_by_distinct_days_and_forgets_old_entries_and_junk_cannot_fill_it()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        using var site = new SiteFactory().UsingClock(clock);
        var client = await site.ReadyClientAsync();
        var gaps = site.Services.GetRequiredService<SearchGapLog>();

        async Task SearchAsync(string q) => (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q))).Dispose();

        // One day of junk: many repeats of one string and 2,500 distinct ones, more than the list holds.
        for (var i = 0; i < 30; i++)
        {
            await SearchAsync("qqqqwwww");
        }

        for (var i = 0; i < 2_500; i++)
        {
            gaps.Record("垃圾" + ToLetters(i));
        }

        // A real gap, asked once a day on three days.
        for (var day = 0; day < 3; day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            await SearchAsync("火星宇航员签证");
        }

        var top = gaps.Top(5);
        Assert.Equal(TextNormalizer.Normalize("火星宇航员签证").Trim(), top[0].Query);
        Assert.DoesNotContain(top, g => g.Query == "(其他)");

        // Thirty-one days later nothing from then is left.
        clock.Advance(TimeSpan.FromDays(31));
        await SearchAsync("南极企鹅饲养");
        Assert.DoesNotContain(gaps.Top(3000), g => g.Query.Contains("qqqq", StringComparison.Ordinal) || g.Query.StartsWith("垃圾", StringComparison.Ordinal));
        Assert.Contains(gaps.Top(3000), g => g.Query.Contains("南极企鹅", StringComparison.Ordinal));
    }

    private static string ToLetters(int n)
    {
        var s = "";
        do
        {
            s = (char)('a' + (n % 26)) + s;
            n /= 26;
        }
        while (n > 0);
        return s;
    }
}
