using System.Globalization;
using System.Text;
using DebtHelp.Web.Search;
using Xunit.Abstractions;

namespace DebtHelp.Web.Tests.Search;

/// <summary>
/// The fresh blind set (blind-set.tsv, 203 questions written by someone who saw only the situations and the
/// titles) and its list of ordinary sentences with 死 (not-crisis.txt). Nobody tunes on them: this prints
/// aggregates only, never a question, and asserts a regression floor no higher than the set's first run
/// (top-1 72.6 %, top-3 86.0 %), so CI stays honest. The floors are compared in docs/search-quality.md.
/// </summary>
public sealed class BlindSetTests(RealContentIndex index, ITestOutputHelper output) : IClassFixture<RealContentIndex>
{
    [Fact]
    public void The_blind_set_scores_no_worse_than_its_first_run()
    {
        var (answerable, _) = SearchEvaluation.LoadWithUnanswerable("blind-set.tsv");
        var (ours, sb) = ScoreByKind(answerable);
        output.WriteLine(sb.ToString());

        Assert.True(ours.Top1 >= 0.70 && ours.Top3 >= 0.85, $"the blind set fell below its first run: top-1 {ours.Top1:P1}, top-3 {ours.Top3:P1}");
    }

    [Fact]
    public void No_sentence_of_the_blind_not_crisis_list_raises_the_crisis_flag()
    {
        var alarms = SearchEvaluation.Lines("not-crisis.txt").Count(CrisisDetector.Signals);

        Assert.True(alarms == 0, $"{alarms} false crisis alarms on not-crisis.txt");
    }

    /// <summary>
    /// The issue asks for the crisis flag on every crisis message; the floor here is the first run's top-3 for that
    /// kind (61.5 %), and the flag count is printed and compared with the 100 % in docs/search-quality.md.
    /// </summary>
    [Fact]
    public void Crisis_questions_of_the_blind_set_do_no_worse_than_the_first_run()
    {
        var (answerable, _) = SearchEvaluation.LoadWithUnanswerable("blind-set.tsv");
        var crisis = answerable.Where(q => q.Note == "crisis").ToList();
        var raised = crisis.Count(q => SearchEngine.Search(index.Snapshot.Search, q.Text).Crisis);
        var scores = SearchEvaluation.Run(crisis, q => SearchEvaluation.OurSearch(index.Snapshot, q));
        output.WriteLine($"crisis flag on {raised} of {crisis.Count} crisis questions; top-3 {scores.Top3:P1}");

        Assert.True(scores.Top3 >= 0.615, $"crisis questions: top-3 {scores.Top3:P1}, below the first run's 61.5 %");
    }

    /// <summary>
    /// The second blind set (blind-set-2.tsv, 208 questions, written on 2026-12-01 by a helper who saw only
    /// source-facts.md and the titles; first run top-1 76.2 %, top-3 94.3 %): aggregates only, a regression floor
    /// just under its first run.
    /// </summary>
    [Fact]
    public void The_second_blind_set_scores_no_worse_than_its_first_run()
    {
        var (ours, crisis, alarms) = RunBlind("2");

        Assert.True(ours.Top1 >= 0.74 && ours.Top3 >= 0.92, $"the second blind set fell below its first run: top-1 {ours.Top1:P1}, top-3 {ours.Top3:P1}");
        Assert.True(crisis >= 19, $"crisis-2.txt: {crisis} flagged, the first run flagged 19");
        Assert.True(alarms <= 1, $"not-crisis-2.txt: {alarms} false alarms, the first run had 1");
    }

    /// <summary>
    /// The third blind set (blind-set-3.tsv, 209 questions, written on 2026-12-01 in session 5 by a helper who saw
    /// only source-facts.md and the titles; first run at d145001, before any change of that session: top-1 79.4 %,
    /// top-3 93.8 %, MRR 0.871, crisis rows flagged 12/15, crisis-3 list 23/30, 0/40 false alarms): aggregates only,
    /// a regression floor just under its first run.
    /// </summary>
    [Fact]
    public void The_third_blind_set_scores_no_worse_than_its_first_run()
    {
        var (ours, crisis, alarms) = RunBlind("3");

        Assert.True(ours.Top1 >= 0.77 && ours.Top3 >= 0.92, $"the third blind set fell below its first run: top-1 {ours.Top1:P1}, top-3 {ours.Top3:P1}");
        Assert.True(crisis >= 23, $"crisis-3.txt: {crisis} flagged, the first run flagged 23");
        Assert.True(alarms == 0, $"not-crisis-3.txt: {alarms} false alarms, the first run had 0");
    }

    /// <summary>
    /// The fourth blind set (blind-set-4.tsv, 274 questions, written on 2026-12-01 in session 6 by a helper who saw
    /// only source-facts.md and the titles; first run through HTTP at ad64a92, before any change of that session:
    /// top-1 81.3 %, top-3 95.2 %, MRR 0.879, crisis rows flagged 11/18, crisis-4 list 28/40, 0/50 false alarms):
    /// aggregates only, a regression floor just under its first run. Session 8 (the rules 34/40, with the learned second
    /// reader 36/40, still 0/50 false alarms, scored once after the model was frozen) raised the list's floor to 36.
    /// </summary>
    [Fact]
    public void The_fourth_blind_set_scores_no_worse_than_its_first_run()
    {
        var (ours, crisis, alarms) = RunBlind("4");

        Assert.True(ours.Top1 >= 0.79 && ours.Top3 >= 0.93, $"the fourth blind set fell below its first run: top-1 {ours.Top1:P1}, top-3 {ours.Top3:P1}");
        Assert.True(crisis >= 36, $"crisis-4.txt: {crisis} flagged, session 8 flagged 36");
        Assert.True(alarms == 0, $"not-crisis-4.txt: {alarms} false alarms, the first run had 0");
    }

    /// <summary>
    /// The fifth blind lists (session 7; crisis-5.txt 40, not-crisis-5.txt 50, none-5.txt 40 questions no article
    /// answers), written blind as a final check of that session's crisis and confidence work and never tuned on.
    /// First run at 9568cfa: 24/40 flagged, 5/50 false alarms, none-5 0 high; at f269c74: 27/40, 5/50, 0 high. A
    /// regression guard at those counts; the floor (every crisis message, no false alarm) is not met. Session 8's
    /// learned second reader, scored once after it was frozen: 28/40, 5/50 (the same five, the rules' own).
    /// </summary>
    [Fact]
    public void The_fifth_blind_lists_score_no_worse_than_their_last_run()
    {
        var flagged = SearchEvaluation.Lines("crisis-5.txt").Count(m => SearchEngine.Search(index.Snapshot.Search, m).Crisis);
        var alarms = SearchEvaluation.Lines("not-crisis-5.txt").Count(m => SearchEngine.Search(index.Snapshot.Search, m).Crisis);
        var high = SearchEvaluation.Lines("none-5.txt").Count(q => SearchEngine.Search(index.Snapshot.Search, q).Confidence == SearchConfidence.High);

        Assert.True(flagged >= 28, $"crisis-5.txt: {flagged} flagged, session 8 flagged 28");
        Assert.True(alarms <= 5, $"not-crisis-5.txt: {alarms} false alarms, the last run had 5");
        Assert.True(high == 0, $"none-5.txt: {high} rated high, the first run had 0");
    }

    /// <summary>
    /// The sixth blind lists (session 8; crisis-6.txt 40, not-crisis-6.txt 50), written blind by a helper who saw only
    /// source-facts.md and the titles, never tuned on. First run at 9e62ae8, the rules alone: 28/40 flagged, 3/50 false
    /// alarms; with the learned second reader (CrisisModel, session 8) 30/40 flagged, 3/50. A regression guard at those
    /// counts; the floor is not met.
    /// </summary>
    [Fact]
    public void The_sixth_blind_lists_score_no_worse_than_their_first_run()
    {
        var flagged = SearchEvaluation.Lines("crisis-6.txt").Count(m => SearchEngine.Search(index.Snapshot.Search, m).Crisis);
        var alarms = SearchEvaluation.Lines("not-crisis-6.txt").Count(m => SearchEngine.Search(index.Snapshot.Search, m).Crisis);

        Assert.True(flagged >= 30, $"crisis-6.txt: {flagged} flagged, session 8 flagged 30 (28 at the first run)");
        Assert.True(alarms <= 3, $"not-crisis-6.txt: {alarms} false alarms, the first run had 3");
    }

    /// <summary>
    /// The fifth blind set (blind-set-5.tsv, 284 questions) and the seventh lists (crisis-7.txt 40, not-crisis-7.txt
    /// 50), written on 2026-12-02 in session 9 by a helper who saw only source-facts.md and the titles, never tuned on.
    /// First run at 71a1192 (the ranking of session 8; session 9 changed only its speed, results byte-identical), in
    /// aggregate only: top-1 78.8 %, top-3 93.1 %, MRR 0.859 over 259 answerable questions (the floors, 80 % and
    /// 95 %, are not met on it); crisis rows flagged 14/18; of 25 questions no article answers 1 high, 12 low, 12 none;
    /// crisis-7 33/40 flagged (5 more get the support line), not-crisis-7 2/50 false alarms. A regression guard just
    /// under that run.
    /// </summary>
    [Fact]
    public void The_fifth_blind_set_and_the_seventh_lists_score_no_worse_than_their_first_run()
    {
        var (answerable, unanswerable) = SearchEvaluation.LoadWithUnanswerable("blind-set-5.tsv");
        var (ours, sb) = ScoreByKind(answerable);
        var search = index.Snapshot.Search;
        var crisisRows = answerable.Where(q => q.Note == "crisis").ToList();
        var crisisRowsFlagged = crisisRows.Count(q => SearchEngine.Search(search, q.Text).Crisis);
        var confidence = unanswerable.Select(q => SearchEngine.Search(search, q.Text).Confidence).ToList();
        var messages = SearchEvaluation.Lines("crisis-7.txt").Select(m => SearchEngine.Search(search, m)).ToList();
        var sentences = SearchEvaluation.Lines("not-crisis-7.txt");
        var alarms = sentences.Count(m => SearchEngine.Search(search, m).Crisis);
        var flagged = messages.Count(o => o.Crisis);
        var lineOnly = messages.Count(o => !o.Crisis && o.Strain);
        sb.AppendLine(CultureInfo.InvariantCulture, $"crisis rows flagged {crisisRowsFlagged}/{crisisRows.Count}");
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"no article answers: n {confidence.Count}, high {confidence.Count(c => c == SearchConfidence.High)}, low {confidence.Count(c => c == SearchConfidence.Low)}, none {confidence.Count(c => c == SearchConfidence.None)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"crisis-7 flagged {flagged}/{messages.Count}, support line only {lineOnly}; not-crisis-7 false alarms {alarms}/{sentences.Count}");
        output.WriteLine(sb.ToString());

        Assert.True(ours.Top1 >= 0.77 && ours.Top3 >= 0.91, $"the fifth blind set fell below its first run (78.8 %, 93.1 %): top-1 {ours.Top1:P1}, top-3 {ours.Top3:P1}");
        Assert.True(flagged >= 33, $"crisis-7.txt: {flagged} flagged, the first run flagged 33");
        Assert.True(alarms <= 2, $"not-crisis-7.txt: {alarms} false alarms, the first run had 2");
        Assert.True(confidence.Count(c => c == SearchConfidence.High) <= 1, "blind-set-5: more questions no article answers rated high than the first run's 1");
    }

    /// <summary>
    /// A blind set's scores, overall and per kind of question, as lines to print (aggregates only). Each question is
    /// searched once; the per-kind scores reuse those results.
    /// </summary>
    private (SearchEvaluation.Scores Scores, StringBuilder Lines) ScoreByKind(IReadOnlyList<SearchEvaluation.Question> answerable)
    {
        var ranked = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> Rank(string q) => ranked.TryGetValue(q, out var got) ? got : ranked[q] = SearchEvaluation.OurSearch(index.Snapshot, q);
        var ours = SearchEvaluation.Run(answerable, Rank);
        var sb = new StringBuilder();
        foreach (var kind in answerable.Select(q => q.Note).Distinct().Order(StringComparer.Ordinal))
        {
            var k = SearchEvaluation.ByKind(answerable, Rank, kind);
            sb.AppendLine(CultureInfo.InvariantCulture, $"{kind}: n {k.Count}, top-1 {k.Top1:P1}, top-3 {k.Top3:P1}, MRR {k.Mrr:F3}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"all answerable: n {ours.Count}, top-1 {ours.Top1:P1}, top-3 {ours.Top3:P1}, MRR {ours.Mrr:F3}");
        return (ours, sb);
    }

    /// <summary>A numbered blind set and its two lists, in aggregate only: the scores, crisis messages flagged, false alarms.</summary>
    private (SearchEvaluation.Scores Scores, int Crisis, int Alarms) RunBlind(string number)
    {
        var (answerable, _) = SearchEvaluation.LoadWithUnanswerable($"blind-set-{number}.tsv");
        var ours = SearchEvaluation.Run(answerable, q => SearchEvaluation.OurSearch(index.Snapshot, q));
        var messages = SearchEvaluation.Lines($"crisis-{number}.txt");
        var sentences = SearchEvaluation.Lines($"not-crisis-{number}.txt");
        var crisis = messages.Count(CrisisDetector.Signals);
        var alarms = sentences.Count(CrisisDetector.Signals);
        output.WriteLine($"all answerable: n {ours.Count}, top-1 {ours.Top1:P1}, top-3 {ours.Top3:P1}, MRR {ours.Mrr:F3}; crisis-{number} flagged {crisis}/{messages.Count}; not-crisis-{number} false alarms {alarms}/{sentences.Count}");
        return (ours, crisis, alarms);
    }
}
