using System.Net;

namespace DebtHelp.Web.Tests.Pages;

public sealed class LetterTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Promise = "你填写的内容不会被保存、记录或发送到任何地方。";

    private readonly HttpClient _client = site.Client;

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>("Form." + f.Name, f.Value)));

    [Fact]
    public async Task The_form_works_without_script_sets_no_cookie_and_says_nothing_is_kept()
    {
        using var response = await _client.GetAsync("/letters");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Promise, html);
        Assert.Contains("method=\"post\" action=\"/letters\"", html);
        Assert.Contains("name=\"Form.Lender\"", html);
        Assert.Contains("name=\"Form.WhatHappened\"", html);
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl!.NoStore);
        // Only a script file (CSP: script-src 'self'), and the buttons it shows are hidden until it runs.
        Assert.Contains("<script src=\"/js/letters.js?v=", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("onclick", html);
    }

    [Fact]
    public async Task The_instalment_form_asks_for_the_plan_and_starts_with_the_usual_requests()
    {
        var html = await _client.GetPageAsync("/letters?kind=instalment");

        Assert.Contains(">写分期还款申请书</h1>", html);
        Assert.Contains("name=\"Form.MonthlyAmount\"", html);
        Assert.Contains("name=\"Form.Kind\" value=\"Instalment\"", html);
        Assert.Contains("协商期间暂停上门外访", html);
        Assert.DoesNotContain("name=\"Form.WhatHappened\"", html);
    }

    [Fact]
    public async Task A_posted_complaint_comes_back_filled_in_and_leaves_no_trace_in_logs_cookies_or_caches()
    {
        // Every log level on, so that nothing the framework would log at Debug or Trace slips past.
        using var verbose = new SiteFactory().With("Serilog:MinimumLevel:Default", "Verbose");
        foreach (var source in new[] { "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Hosting.Lifetime", "DebtHelp.Search", "System" })
        {
            verbose.With("Serilog:MinimumLevel:Override:" + source, "Verbose");
        }

        var client = await verbose.ReadyClientAsync();
        var secret = "独一无二的经过" + Guid.NewGuid().ToString("N")[..8];
        const string Phone = "13987654321";

        using var response = await client.PostAsync("/letters", Form(
            ("Kind", "Complaint"),
            ("Lender", "某某消费金融有限公司"),
            ("Phone", Phone),
            ("ContractNumber", "HT-2026-0042"),
            ("LoanDate", "2026-03-05"),
            ("WhatHappened", "1. 2026年11月20日23点40分，" + secret + "\n2、第二天又打给我的同事"),
            ("Requests", "不再联系我的同事"),
            ("ReplyDays", "15天"),
            ("LetterDate", "2026-11-23")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div class=\"letter\" id=\"letter-text\">关于贵司催收行为的投诉\n", html);
        Assert.Contains("致：某某消费金融有限公司（客户投诉部门）", html);
        Assert.Contains("借款时登记的手机号：" + Phone, html);
        Assert.Contains("借款日期：2026年3月5日", html);
        Assert.Contains("1. 2026年11月20日23点40分，" + secret + "\n2. 第二天又打给我的同事", html);
        Assert.Contains("1. 不再联系我的同事\n", html);
        Assert.Contains("请在收到本信后15日内书面答复", html);
        Assert.Contains("日期：2026年11月23日", html);
        Assert.Contains(Promise, html);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Null(response.Headers.ETag);

        // The framework's "Request finished" event is written once the request is done, which can be just after the
        // client has the response; wait for it, so every event of this request is in before the logs are searched.
        await Eventually.HoldsAsync(
            () => Task.FromResult(verbose.Logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("Request finished", StringComparison.Ordinal)
                && e.RenderMessage().Contains("POST", StringComparison.Ordinal) && e.RenderMessage().Contains("/letters", StringComparison.Ordinal))),
            "the log event for the finished POST /letters");
        var logs = verbose.Logs.AllText;
        Assert.Contains(verbose.Logs.Events, e => e.Level == Serilog.Events.LogEventLevel.Debug);
        Assert.DoesNotContain(secret, logs);
        Assert.DoesNotContain(Phone, logs);
        Assert.DoesNotContain("HT-2026-0042", logs);
        Assert.DoesNotContain("某某消费金融", logs);
    }

    [Fact]
    public async Task A_posted_instalment_request_states_the_plan_and_its_total()
    {
        using var response = await _client.PostAsync("/letters", Form(
            ("Kind", "Instalment"),
            ("Lender", "某某小额贷款有限公司"),
            ("OverdueSince", "2026-09-15"),
            ("Reason", "今年8月失业，每月只有临时工收入约2500元。"),
            ("MonthlyAmount", "800元"),
            ("Instalments", "12"),
            ("FirstPaymentDate", "2026-12-10")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<div class=\"letter\" id=\"letter-text\">分期还款申请书\n", html);
        Assert.Contains("本人自2026年9月15日起未能按期还款", html);
        Assert.Contains("今年8月失业，每月只有临时工收入约2500元。", html);
        Assert.Contains("每月还款800元，共12期，从2026年12月10日起每月还款一次，合计9600元。", html);
        // Fields left empty become blanks to fill in by hand.
        Assert.Contains("姓名：＿＿＿＿", html);
        Assert.Contains("申请人（签名）：＿＿＿＿", html);
        Assert.Contains("1. ＿＿＿＿", html);
    }

    [Fact]
    public async Task What_was_typed_is_shown_as_text_never_as_markup()
    {
        using var response = await _client.PostAsync("/letters", Form(
            ("Lender", "<b>机构</b>"),
            ("WhatHappened", "<script>alert(1)</script>\"><img src=x onerror=alert(2)>")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("致：&lt;b&gt;机构&lt;/b&gt;", html);
        Assert.Contains("1. &lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public async Task Overlong_fields_are_cut_to_their_limits()
    {
        using var response = await _client.PostAsync("/letters", Form(("Lender", new string('甲', 500))));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("致：" + new string('甲', 100) + "（客户投诉部门）", html);
    }
}
