namespace DebtHelp.Web.Pages.Letters;

public enum LetterKind
{
    /// <summary>A complaint to the lender about how the debt is being collected.</summary>
    Complaint,

    /// <summary>A request to the lender to repay in instalments.</summary>
    Instalment,
}
