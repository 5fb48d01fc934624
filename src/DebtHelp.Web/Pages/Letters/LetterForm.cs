using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Pages.Letters;

/// <summary>What the reader typed into the letter builder. Every field may be left empty: the letter then shows a blank to fill in by hand.</summary>
public sealed class LetterForm
{
    public const int ShortMax = 100;
    public const int LongMax = 3000;

    public LetterKind Kind { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Lender { get; set; }

    public string? Product { get; set; }

    public string? ContractNumber { get; set; }

    public string? LoanDate { get; set; }

    public string? LoanAmount { get; set; }

    /// <summary>Complaint: one event per line.</summary>
    public string? WhatHappened { get; set; }

    /// <summary>Complaint: days the lender has to answer in writing.</summary>
    public string? ReplyDays { get; set; }

    /// <summary>Instalment: the first day a repayment was missed.</summary>
    public string? OverdueSince { get; set; }

    /// <summary>Instalment: why the reader cannot pay as agreed.</summary>
    public string? Reason { get; set; }

    public string? MonthlyAmount { get; set; }

    public string? Instalments { get; set; }

    public string? FirstPaymentDate { get; set; }

    /// <summary>What the reader asks for, one request per line (the form starts with the usual ones).</summary>
    public string? Requests { get; set; }

    public string? LetterDate { get; set; }

    /// <summary>A fresh form for this kind of letter: the usual requests filled in, dated today.</summary>
    public static LetterForm Blank(LetterKind kind, DateOnly today) => new()
    {
        Kind = kind,
        Requests = string.Join('\n', LetterWriter.UsualRequests(kind)),
        LetterDate = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The same form with every field trimmed and cut to its length limit (the inputs say the same limits).</summary>
    public LetterForm Cleaned() => new()
    {
        Kind = Enum.IsDefined(Kind) ? Kind : LetterKind.Complaint,
        Name = Short(Name),
        Phone = Short(Phone),
        Lender = Short(Lender),
        Product = Short(Product),
        ContractNumber = Short(ContractNumber),
        LoanDate = Short(LoanDate),
        LoanAmount = Short(LoanAmount),
        WhatHappened = Long(WhatHappened),
        ReplyDays = Short(ReplyDays),
        OverdueSince = Short(OverdueSince),
        Reason = Long(Reason),
        MonthlyAmount = Short(MonthlyAmount),
        Instalments = Short(Instalments),
        FirstPaymentDate = Short(FirstPaymentDate),
        Requests = Long(Requests),
        LetterDate = Short(LetterDate),
    };

    /// <summary>
    /// The fields typed longer than their limit, as sentences for the reader ("你的姓名：最多 100 个字，你填了 150 个字"):
    /// the letter is written from the cut text, and the reader must be told it was cut.
    /// </summary>
    public IReadOnlyList<string> OverLimit()
    {
        var over = new List<string>();
        void Check(string label, string? value, int max)
        {
            var length = (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Length;
            if (length > max)
            {
                over.Add($"{label}：最多 {max} 个字，你填了 {length} 个字");
            }
        }

        Check("贷款机构全称", Lender, ShortMax);
        Check("借款App或产品名称", Product, ShortMax);
        Check("借款合同编号", ContractNumber, ShortMax);
        Check("借款日期", LoanDate, ShortMax);
        Check("借款金额", LoanAmount, ShortMax);
        Check("你的姓名", Name, ShortMax);
        Check("手机号", Phone, ShortMax);
        Check("发生了什么", WhatHappened, LongMax);
        Check("答复天数", ReplyDays, ShortMax);
        Check("逾期开始日期", OverdueSince, ShortMax);
        Check("暂时还不上的原因", Reason, LongMax);
        Check("每月能还多少", MonthlyAmount, ShortMax);
        Check("分几期", Instalments, ShortMax);
        Check("第一期还款日期", FirstPaymentDate, ShortMax);
        Check("请求事项", Requests, LongMax);
        Check("写信日期", LetterDate, ShortMax);
        return over;
    }

    private static string Short(string? value) => Cut(value, ShortMax).Replace('\n', ' ');

    private static string Long(string? value) => Cut(value, LongMax);

    private static string Cut(string? value, int max)
    {
        // The marks that keep the reader's words out of the 繁體 conversion are never taken from the reader.
        var text = (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace(PageText.ReaderTextStart.ToString(), "", StringComparison.Ordinal)
            .Replace(PageText.ReaderTextEnd.ToString(), "", StringComparison.Ordinal).Trim();
        return text.Length <= max ? text : text[..max];
    }
}
