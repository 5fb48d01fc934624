using System.Globalization;
using System.Text;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

/// <summary>Writes docs/search-quality.md: every set, per kind, against the baselines; crisis; confidence.</summary>
public sealed class QualityReport(KnowledgeBaseSnapshot snapshot)
{
    /// <summary>The blind set's first run, before any change (recorded by the session that owns the set).</summary>
    private const string BlindFirstRun = "top-1 72.6 %, top-3 86.0 %, MRR 0.800 over 186 answerable questions (crisis kind: top-1 46.2 %)";

    /// <summary>The second blind set's first run (/api/search on a08355e, before any change of this session).</summary>
    private const string BlindTwoFirstRun = "top-1 76.2 %, top-3 94.3 %, MRR 0.851 over 193 answerable questions; crisis flag on 9 of its 15 crisis questions and 19 of the 30 messages of crisis-2.txt, 1 false alarm in the 40 sentences of not-crisis-2.txt; of its 15 questions no article answers, 2 high, 10 low, 3 none";

    /// <summary>The fourth blind set's first run (/api/search on ad64a92, before any change of session 6).</summary>
    private const string BlindFiveFirstRun = "top-1 78.8 %, top-3 93.1 %, MRR 0.859 over 259 answerable questions, below the issue's floors of 80 % and 95 %; crisis flag on 14 of its 18 crisis questions and 33 of the 40 messages of crisis-7.txt (5 more get the support line), 2 false alarms in the 50 sentences of not-crisis-7.txt; of its 25 questions no article answers, 1 high, 12 low, 12 none";

    private const string BlindFourFirstRun = "top-1 81.3 %, top-3 95.2 %, MRR 0.879 over 251 answerable questions; crisis flag on 11 of its 18 crisis questions and 28 of the 40 messages of crisis-4.txt, no false alarm in the 50 sentences of not-crisis-4.txt; of its 23 questions no article answers, 2 high, 11 low, 10 none. By kind (top-1 / top-3 / MRR): abbrev 71.4 % / 100.0 % / 0.839, colloquial 64.6 % / 92.3 % / 0.779, crisis 66.7 % / 72.2 % / 0.708, keyword 97.1 % / 100.0 % / 0.981, long 80.0 % / 95.0 % / 0.873, traditional 100.0 % / 100.0 % / 1.000, typo 97.1 % / 100.0 % / 0.985";

    /// <summary>The third blind set's first run (/api/search on d145001, before any change of session 5).</summary>
    private const string BlindThreeFirstRun = "top-1 79.4 %, top-3 93.8 %, MRR 0.871 over 194 answerable questions; crisis flag on 12 of its 15 crisis questions and 23 of the 30 messages of crisis-3.txt, no false alarm in the 40 sentences of not-crisis-3.txt; of its 15 questions no article answers, 2 high, 6 low, 7 none. By kind (top-1 / top-3 / MRR): abbrev 53.3 % / 86.7 % / 0.713, colloquial 72.2 % / 92.6 % / 0.832, crisis 80.0 % / 86.7 % / 0.836, keyword 96.0 % / 100.0 % / 0.980, long 80.0 % / 97.1 % / 0.883, traditional 80.0 % / 92.0 % / 0.863, typo 92.0 % / 96.0 % / 0.950";

    private readonly BigramBm25Baseline _bigram = new(snapshot);

    public string Write(bool includeBlind)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Search quality");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Produced by `EvaluationTests` through `scripts/search-quality-report.sh` on {DateTime.UtcNow:yyyy-MM-dd}, over the real `content/` ({snapshot.Articles.Count} articles). Every ranking is compared with a plain **bigram BM25** over the same pages (character pairs of the raw title, listed questions, summary and body as one field; no normalisation, synonyms or field weights; `tests/.../Search/BigramBm25Baseline.cs`).");
        sb.AppendLine();
        sb.AppendLine("Which numbers can be trusted: the **tuning set** and the **older held-out set** were both looked at while the ranking, the synonyms, the crisis and urgency words and the confidence thresholds were set, and so were the engineer's **own development lists**; they are tuning numbers. Only the **fresh blind set** (written by someone who saw only the situations and the titles, never looked at while tuning) measures what a new reader gets.");
        var tuning = SearchEvaluation.Load();
        var holdout = SearchEvaluation.Load("holdout-set.tsv");
        var dev = SearchEvaluation.Load("dev-set.tsv");
        var sets = new List<(string Name, string File, IReadOnlyList<SearchEvaluation.Question> Questions)>
        {
            ("Tuning set (tuning numbers)", "evaluation-set.tsv", tuning),
            ("Older held-out set (looked at before; tuning numbers)", "holdout-set.tsv", holdout),
            ("Engineer's development questions (tuning numbers)", "dev-set.tsv", dev),
            ("Development set 4 (written blind by a helper in session 5, then tuned on: tuning numbers)", "dev-set-4.tsv", SearchEvaluation.Load("dev-set-4.tsv")),
        };
        IReadOnlyList<SearchEvaluation.Question> blindNone = [];
        if (includeBlind)
        {
            var (answerable, none) = SearchEvaluation.LoadWithUnanswerable("blind-set.tsv");
            sets.Add(("First blind set (run again after its first run, never looked at; written before this session's work)", "blind-set.tsv", answerable));
            blindNone = none;
            var (second, _) = SearchEvaluation.LoadWithUnanswerable("blind-set-2.tsv");
            sets.Add(("Second blind set (written blind on 2026-12-01 12:1x UTC; current run, never looked at)", "blind-set-2.tsv", second));
            var (third, _) = SearchEvaluation.LoadWithUnanswerable("blind-set-3.tsv");
            sets.Add(("Third blind set (written blind on 2026-12-01 14:2x UTC, session 5; current run, never looked at)", "blind-set-3.tsv", third));
            var (fourth, _) = SearchEvaluation.LoadWithUnanswerable("blind-set-4.tsv");
            sets.Add(("Fourth blind set (written blind on 2026-12-01 16:5x UTC, session 6; current run, never looked at)", "blind-set-4.tsv", fourth));
            var (fifth, _) = SearchEvaluation.LoadWithUnanswerable("blind-set-5.tsv");
            sets.Add(("Fifth blind set (written blind on 2026-12-02 01:0x UTC, session 9; its first run, never looked at)", "blind-set-5.tsv", fifth));
        }

        sb.AppendLine();
        sb.AppendLine("## All sets");
        sb.AppendLine();
        sb.AppendLine("| set | questions | ranking | top-1 | top-3 | MRR |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var (name, _, questions) in sets)
        {
            var ours = SearchEvaluation.Run(questions, Ours);
            var plain = SearchEvaluation.Run(questions, _bigram.Rank);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {questions.Count} | DebtHelp search | {ours.Top1:P1} | {ours.Top3:P1} | {ours.Mrr:F3} |");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| | | bigram BM25 | {plain.Top1:P1} | {plain.Top3:P1} | {plain.Mrr:F3} |");
        }

        sb.AppendLine();
        sb.AppendLine("Before this work (main at 78b39a2, the same 81 articles, the search code of 05ee56a): tuning set top-1 70.4 %, top-3 89.8 %, MRR 0.809; older held-out set 58.0 %, 79.0 %, 0.699 (the 63 % / 86 % in the issue were measured on the 42 articles of November).");
        if (includeBlind)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"The blind set's first run, before this work: {BlindFirstRun}. By kind (top-1 / top-3 / MRR): abbrev 42.9 % / 64.3 % / 0.538, colloquial 68.8 % / 89.6 % / 0.788, crisis 46.2 % / 61.5 % / 0.548, keyword 92.9 % / 96.4 % / 0.954, long 59.4 % / 75.0 % / 0.699, traditional 88.5 % / 96.2 % / 0.921, typo 88.0 % / 96.0 % / 0.930. The issue's floors on it: top-1 ≥ 80 %, top-3 ≥ 95 %.");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"The second blind set's first run, before any change of this session (main at a08355e): {BlindTwoFirstRun}. It was written by a helper who saw only `source-facts.md` and the article titles; its scorer prints aggregates only.");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"The third blind set's first run, before any change of session 5 (main at d145001): {BlindThreeFirstRun}. Written the same way (a fresh helper, `source-facts.md` and the titles only); the session's changes were tuned on the development lists only.");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"The fourth blind set's first run, before any change of session 6 (main at ad64a92): {BlindFourFirstRun}. Written the same way; the session's crisis changes were tuned on the development lists only (list 6 was written fresh for that and measured once before tuning: 48/100 on main).");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"The fifth blind set's first run (session 9, main at 71a1192: the ranking of session 8, whose speed work in session 9 left every result byte-identical): {BlindFiveFirstRun}. Written the same way (a fresh helper, `source-facts.md` and the titles only). Nothing was changed after it: the table above is that first run.");
        }

        foreach (var (name, file, questions) in sets)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"### By kind: {name} (`{file}`)");
            sb.AppendLine();
            sb.AppendLine("| kind | questions | top-1 | top-3 | MRR | bigram BM25 top-1 | top-3 | MRR |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var kind in questions.Select(q => q.Note).Distinct().Order(StringComparer.Ordinal))
            {
                var o = SearchEvaluation.ByKind(questions, Ours, kind);
                var p = SearchEvaluation.ByKind(questions, _bigram.Rank, kind);
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {o.Count} | {o.Top1:P1} | {o.Top3:P1} | {o.Mrr:F3} | {p.Top1:P1} | {p.Top3:P1} | {p.Mrr:F3} |");
            }
        }

        Crisis(sb, includeBlind, sets);
        Confidence(sb, holdout, blindNone, includeBlind);

        // Misses are listed for the sets that may be looked at; never for the blind set.
        foreach (var (name, _, questions) in sets.Where(s => !s.File.StartsWith("blind-set", StringComparison.Ordinal)))
        {
            var ours = SearchEvaluation.Run(questions, Ours);
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"### Misses (no right article in the top 3): {name}");
            sb.AppendLine();
            foreach (var (question, got) in ours.Misses)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {question.Text} — expected {string.Join(", ", question.Expected)}; got {string.Join(", ", got)}");
            }
        }

        return sb.ToString();
    }

    private void Crisis(StringBuilder sb, bool includeBlind, List<(string Name, string File, IReadOnlyList<SearchEvaluation.Question> Questions)> sets)
    {
        sb.AppendLine();
        sb.AppendLine("## Crisis messages");
        sb.AppendLine();
        sb.AppendLine("A message that signals self-harm or despair gets `\"crisis\": true` and the crisis box above every result (`Search/CrisisDetector.cs`: the rules, and since session 8 a learned second reader, `CrisisModel`). " +
            "A message the flag leaves alone but that speaks of a strain (压力大, 睡不着, 撑不住, 绝望…, or the learned reader leaning that way) gets `\"strain\": true` and a quiet line of support above the results " +
            "(the article on getting through the days, the crisis page, 110/120): the last column counts those. On a crisis list it is the help a missed message still gets; on a list of ordinary sentences it is not a false alarm, only a line of text.");
        sb.AppendLine();
        sb.AppendLine("| list | messages | crisis flag raised | support line only |");
        sb.AppendLine("|---|---|---|---|");
        Row(sb, "own development list of crisis messages (`dev-crisis.txt`, tuning)", SearchEvaluation.Lines("dev-crisis.txt"));
        Row(sb, "own development list of ordinary sentences with 死 (`dev-not-crisis.txt`, tuning): false alarms", SearchEvaluation.Lines("dev-not-crisis.txt"));
        Row(sb, "second development list of crisis messages: indirect, pinyin, 繁體, English-mixed (`dev-crisis-2.txt`, tuning)", SearchEvaluation.Lines("dev-crisis-2.txt"));
        Row(sb, "second development list of ordinary sentences: 死, negation, others' deaths, 解脱/一了百了 of debts (`dev-not-crisis-2.txt`, tuning): false alarms", SearchEvaluation.Lines("dev-not-crisis-2.txt"));
        Row(sb, "third development list of crisis messages (`dev-crisis-3.txt`, tuning)", SearchEvaluation.Lines("dev-crisis-3.txt"));
        Row(sb, "third development list of ordinary sentences (`dev-not-crisis-3.txt`, tuning): false alarms", SearchEvaluation.Lines("dev-not-crisis-3.txt"));
        Row(sb, "development list 4 of crisis messages, a helper's (`dev-crisis-4.txt`, tuning; 50 before session 5's changes)", SearchEvaluation.Lines("dev-crisis-4.txt"));
        Row(sb, "development list 4 of ordinary sentences (`dev-not-crisis-4.txt`, tuning; 1 before): false alarms", SearchEvaluation.Lines("dev-not-crisis-4.txt"));
        Row(sb, "hard development list 5 of crisis messages, 73 of 80 without the usual words (`dev-crisis-5.txt`, tuning; 26 before)", SearchEvaluation.Lines("dev-crisis-5.txt"));
        Row(sb, "hard development list 5 of ordinary sentences (`dev-not-crisis-5.txt`, tuning; 5 before): alarms, the 3 left all a friend or brother who says he wants to die (the crisis help is the answer there)", SearchEvaluation.Lines("dev-not-crisis-5.txt"));
        Row(sb, "development list 6 of crisis messages, a helper's, mostly without the usual words (`dev-crisis-6.txt`, tuning; 48 on main before session 6, 55 on the first cut of the weighted words before it was tuned on)", SearchEvaluation.Lines("dev-crisis-6.txt"));
        Row(sb, "development list 6 of ordinary sentences (`dev-not-crisis-6.txt`, tuning; 1 before): false alarms", SearchEvaluation.Lines("dev-not-crisis-6.txt"));
        Row(sb, "development list 7 of crisis messages, written blind, plans and farewells without the usual words (`dev-crisis-7.txt`, tuning; 52 on main before session 7)", SearchEvaluation.Lines("dev-crisis-7.txt"));
        Row(sb, "development list 7 of ordinary sentences (`dev-not-crisis-7.txt`, tuning; 3 before): false alarms", SearchEvaluation.Lines("dev-not-crisis-7.txt"));
        Row(sb, "development list 8 of crisis messages, the engineer's own (`dev-crisis-8.txt`, tuning; 20 of 45 before it was tuned on, 17 on main)", SearchEvaluation.Lines("dev-crisis-8.txt"));
        Row(sb, "development list 8 of ordinary sentences (`dev-not-crisis-8.txt`, tuning; 7 before, 5 on main): false alarms", SearchEvaluation.Lines("dev-not-crisis-8.txt"));
        if (includeBlind)
        {
            var blind = sets.Single(s => s.File == "blind-set.tsv").Questions;
            Row(sb, "fresh blind set, kind \"crisis\"", [.. blind.Where(q => q.Note == "crisis").Select(q => q.Text)]);
            Row(sb, "fresh list of ordinary sentences with 死 (`not-crisis.txt`): false alarms", SearchEvaluation.Lines("not-crisis.txt"));
            var second = sets.Single(s => s.File == "blind-set-2.tsv").Questions;
            Row(sb, "second blind set, kind \"crisis\"", [.. second.Where(q => q.Note == "crisis").Select(q => q.Text)]);
            Row(sb, "second blind crisis list (`crisis-2.txt`; tuned on in session 7)", SearchEvaluation.Lines("crisis-2.txt"));
            Row(sb, "second blind list of ordinary sentences (`not-crisis-2.txt`; tuned on in session 7): false alarms", SearchEvaluation.Lines("not-crisis-2.txt"));
            var third = sets.Single(s => s.File == "blind-set-3.tsv").Questions;
            Row(sb, "third blind set, kind \"crisis\"", [.. third.Where(q => q.Note == "crisis").Select(q => q.Text)]);
            Row(sb, "third blind crisis list (`crisis-3.txt`; tuned on in session 7)", SearchEvaluation.Lines("crisis-3.txt"));
            Row(sb, "third blind list of ordinary sentences (`not-crisis-3.txt`; tuned on in session 7): false alarms", SearchEvaluation.Lines("not-crisis-3.txt"));
            var fourth = sets.Single(s => s.File == "blind-set-4.tsv").Questions;
            Row(sb, "fourth blind set, kind \"crisis\"", [.. fourth.Where(q => q.Note == "crisis").Select(q => q.Text)]);
            Row(sb, "fourth blind crisis list (`crisis-4.txt`)", SearchEvaluation.Lines("crisis-4.txt"));
            Row(sb, "fourth blind list of ordinary sentences (`not-crisis-4.txt`): false alarms", SearchEvaluation.Lines("not-crisis-4.txt"));
            Row(sb, "fifth blind crisis list (`crisis-5.txt`, session 7's final check, never tuned on)", SearchEvaluation.Lines("crisis-5.txt"));
            Row(sb, "fifth blind list of ordinary sentences (`not-crisis-5.txt`): false alarms", SearchEvaluation.Lines("not-crisis-5.txt"));
            Row(sb, "sixth blind crisis list (`crisis-6.txt`, session 8, never tuned on; 28 at the first run, rules alone)", SearchEvaluation.Lines("crisis-6.txt"));
            Row(sb, "sixth blind list of ordinary sentences (`not-crisis-6.txt`; 3 at the first run): false alarms", SearchEvaluation.Lines("not-crisis-6.txt"));
            var fifth = sets.Single(s => s.File == "blind-set-5.tsv").Questions;
            Row(sb, "fifth blind set, kind \"crisis\" (session 9, first run)", [.. fifth.Where(q => q.Note == "crisis").Select(q => q.Text)]);
            Row(sb, "seventh blind crisis list (`crisis-7.txt`, session 9, first run, never tuned on)", SearchEvaluation.Lines("crisis-7.txt"));
            Row(sb, "seventh blind list of ordinary sentences (`not-crisis-7.txt`, session 9, first run): false alarms", SearchEvaluation.Lines("not-crisis-7.txt"));
            Row(sb, "fifth blind set, every question not of kind \"crisis\": false alarms", [.. fifth.Where(q => q.Note != "crisis").Select(q => q.Text)]);
            Row(sb, "fourth blind set, every question not of kind \"crisis\": false alarms", [.. fourth.Where(q => q.Note != "crisis").Select(q => q.Text)]);
        }
    }

    private void Row(StringBuilder sb, string label, IReadOnlyList<string> messages)
    {
        var outcomes = messages.Select(m => SearchEngine.Search(snapshot.Search, m)).ToList();
        var raised = outcomes.Count(o => o.Crisis);
        var strain = outcomes.Count(o => o.Strain);
        var total = Math.Max(1, messages.Count);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {messages.Count} | {raised} ({(double)raised / total:P0}) | {strain} ({(double)strain / total:P0}) |");
    }

    private void Confidence(StringBuilder sb, IReadOnlyList<SearchEvaluation.Question> holdout, IReadOnlyList<SearchEvaluation.Question> blindNone, bool includeBlind)
    {
        sb.AppendLine();
        sb.AppendLine("## Confidence");
        sb.AppendLine();
        var w = RankingWeights.Default;
        sb.AppendLine(CultureInfo.InvariantCulture, $"`/api/search` returns `\"confidence\"` (`Search/MessageSearch.cs`). It reads the first result's concept score (0 to 1: the share of the question's weighted ideas the article holds, by field, plus closeness to a listed question): `high` when it is at least {w.HighConfidence}, or at least {w.AgreedConfidence} when the concept ranking and plain BM25 both put that article first (two different readings agreeing), and in both cases only when the question names no off-topic word that the article does not hold in its title, listed questions, summary or headings; `none` below {w.NoConfidence} or with no result; `low` otherwise. The off-topic words (`Search/OffTopicWords.cs`, {OffTopicWords.Words.Count} of them) name kinds of subject the site does not cover: social insurance and pensions, tax, visas and countries abroad, mortgages and car loans, shares, funds and insurance claims, card perks, jobs, rent and building work, a business of one's own, shopping and phone bills, lending to someone else, asking where to borrow. They are matched in the normalised question and through slips of the input method (房带 read as 房贷); an article that takes a word up in its head is not held to it, so the list needs no change when the site grows into a subject.");
        sb.AppendLine();
        sb.AppendLine("Calibration, honestly: the three thresholds are unchanged, chosen on the older held-out set and the engineer's first list of 20 questions no article answers (`dev-none.txt`); \"high\" on the held-out set is right about three times in four. The off-topic words were written after reading every no-answer list below and the rows of blind sets 1 to 3 that were wrongly `high`, so all the no-answer rows are tuning numbers now. Before them (main at 165cdf2) `high` went to 5 of `dev-none-2.txt`'s 30, 2 of `dev-none-3.txt`'s 40, 2 of `dev-none-4.txt`'s 60 (its first run, before anyone read it) and 5, 2 and 2 of the blind sets' 17, 15 and 15, every one through the agreement path with a score of 0.20 to 0.52, carried by loose shared words (申请, 利率, 手续费, 准备, 朋友); now 1, 0, 0 and 0, 0, 0. No answerable question of any set changed its confidence: 587 right and 72 wrong first answers are `high` across the seven answerable sets, as before, and the ranking is the same. The nearest thing to a blind measure of the words: of the 38 blind-set rows no article answers that were already `low` or `none` (never read), 31 name one of them. The one left `high` is 信用卡分期的手续费率怎么算 (0.51, both rankings on the article on negotiating instalments: instalments and fees are the site's subject too). Tried and not kept, each measured on all these sets: the share of the question's weighted ideas the first article holds (any field, head fields), the weight of the rarest idea it lacks, the margin over the second result, the share of the question's characters no article knows and of those its head holds, and a logistic fit of them on the agreement path. Questions no article answers and right answers overlap on every one (right answers are full of characters no article holds too: amounts, 客厅, 脸书); with none of the no-answer rows `high`, the best threshold rule kept 344 of the 587 right first answers `high`, the logistic fit 28 of the 307 on the agreement path. The words cost about half a microsecond, and only when the rule would otherwise say `high`. Below `high` the results page says that no article answers exactly this, shows the three closest and the ways to get help, and the question is counted (digits masked) in `/internal/search-gaps` for the writers.");
        sb.AppendLine();
        sb.AppendLine("| questions | n | high | of which first result right | low | of which right | none |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        Calibration(sb, "older held-out set (calibration)", holdout);
        Calibration(sb, "tuning set", SearchEvaluation.Load());
        Calibration(sb, "own no-answer list `dev-none.txt` (calibration)", [.. SearchEvaluation.Lines("dev-none.txt").Select(q => new SearchEvaluation.Question(q, ["-"], "none"))]);
        Calibration(sb, "second no-answer list `dev-none-2.txt` (written after the thresholds; off-topic words tuned on it)", [.. SearchEvaluation.Lines("dev-none-2.txt").Select(q => new SearchEvaluation.Question(q, ["-"], "none"))]);
        Calibration(sb, "third no-answer list `dev-none-3.txt` (a helper's, session 5; tuned on)", [.. SearchEvaluation.Lines("dev-none-3.txt").Select(q => new SearchEvaluation.Question(q, ["-"], "none"))]);
        Calibration(sb, "fourth no-answer list `dev-none-4.txt` (written blind, session 7: 2 high on main; tuned on)", [.. SearchEvaluation.Lines("dev-none-4.txt").Select(q => new SearchEvaluation.Question(q, ["-"], "none"))]);
        if (includeBlind)
        {
            var (answerable, _) = SearchEvaluation.LoadWithUnanswerable("blind-set.tsv");
            Calibration(sb, "fresh blind set, answerable", answerable);
            Calibration(sb, "fresh blind set, no article answers (its high rows read: tuned on)", blindNone);
            foreach (var (file, label) in new[] { ("blind-set-2.tsv", "second blind set"), ("blind-set-3.tsv", "third blind set"), ("blind-set-4.tsv", "fourth blind set"), ("blind-set-5.tsv", "fifth blind set") })
            {
                var (withAnswer, withoutAnswer) = SearchEvaluation.LoadWithUnanswerable(file);
                Calibration(sb, label + ", answerable", withAnswer);
                Calibration(sb, label + ", no article answers" + (file is "blind-set-4.tsv" or "blind-set-5.tsv" ? " (never read)" : " (its high rows read: tuned on)"), withoutAnswer);
            }

            Calibration(sb, "fifth blind no-answer list `none-5.txt` (session 7's final check, never read)", [.. SearchEvaluation.Lines("none-5.txt").Select(q => new SearchEvaluation.Question(q, ["-"], "none"))]);
        }
    }

    private void Calibration(StringBuilder sb, string label, IReadOnlyList<SearchEvaluation.Question> questions)
    {
        var runs = questions.Select(q => (q, Outcome: SearchEngine.Search(snapshot.Search, q.Text))).ToList();
        bool Right((SearchEvaluation.Question q, SearchOutcome Outcome) r) => r.Outcome.Hits.Count > 0 && r.q.Expected.Contains(r.Outcome.Hits[0].Article.Slug);
        var high = runs.Where(r => r.Outcome.Confidence == SearchConfidence.High).ToList();
        var low = runs.Where(r => r.Outcome.Confidence == SearchConfidence.Low).ToList();
        var none = runs.Count(r => r.Outcome.Confidence == SearchConfidence.None);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {runs.Count} | {high.Count} | {high.Count(Right)} | {low.Count} | {low.Count(Right)} | {none} |");
    }

    private IReadOnlyList<string> Ours(string question) => SearchEvaluation.OurSearch(snapshot, question);
}
