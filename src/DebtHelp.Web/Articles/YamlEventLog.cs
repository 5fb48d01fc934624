using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DebtHelp.Web.Articles;

/// <summary>
/// The parsing events of one YAML document, recorded once with the path and line of every value, then replayed to
/// YamlDotNet's deserializer. Recording is where the limits hold: anchors and aliases are refused (so nothing can be
/// expanded), nesting and size are capped, and a repeated key is refused.
/// </summary>
internal sealed class YamlEventLog : IParser
{
    private readonly List<ParsingEvent> _events = [];
    private readonly List<string?> _paths = [];
    private readonly int _firstLine;
    private int _position = -1;

    private YamlEventLog(int firstLine) => _firstLine = firstLine;

    public YamlLines Lines { get; } = new();

    /// <summary>Values the deserializer found in the wrong shape, filled in by <see cref="YamlShapeGuard"/>.</summary>
    public List<YamlMismatch> Mismatches { get; } = [];

    public ParsingEvent? Current => _position >= 0 && _position < _events.Count ? _events[_position] : null;

    /// <summary>The path of the value that starts at <see cref="Current"/>.</summary>
    public string CurrentPath => _position >= 0 && _position < _paths.Count ? _paths[_position] ?? "" : "";

    public bool MoveNext() => ++_position < _events.Count;

    public int LineOf(Mark mark) => _firstLine + Math.Max(0, (int)mark.Line - 1);

    /// <summary>The line of the event being replayed (or the last one recorded), for errors that carry no position.</summary>
    public int CurrentLine => LineOf((Current ?? _events.LastOrDefault())?.Start ?? Mark.Empty);

    private sealed class Container(string path, bool isMapping)
    {
        public string Path { get; } = path;
        public bool IsMapping { get; } = isMapping;
        public int Count { get; set; }
        public string? PendingKey { get; set; }
    }

    /// <summary>Reads the first document of <paramref name="text"/>; on failure the log holds what came before it.</summary>
    public static (YamlEventLog Log, YamlFailure? Failure) Record(string text, int firstLine)
    {
        var log = new YamlEventLog(firstLine);
        var lastLine = firstLine + Math.Max(0, text.Count(c => c == '\n') - (text.EndsWith('\n') ? 1 : 0));
        var stack = new Stack<Container>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                if (log._events.Count >= YamlReader.MaxEvents)
                {
                    return (log, new YamlFailure(log.LineOf(e.Start), $"it is too long: over {YamlReader.MaxEvents:N0} values"));
                }

                var failure = log.Add(e, stack);
                if (failure is not null)
                {
                    return (log, failure);
                }

                if (e is DocumentEnd)
                {
                    // Only the first document counts; a content file has one.
                    log._events.Add(new StreamEnd(e.End, e.End));
                    log._paths.Add(null);
                    break;
                }
            }
        }
        catch (YamlException ex)
        {
            // The end mark is where the scanner gave up (Start is often where the enclosing mapping began), except for a
            // tab used as indentation, which YamlDotNet reports at the very start. An unclosed bracket or quote is found
            // where the text ends: point at the last line then.
            var line = ex.Message.Contains("tab", StringComparison.Ordinal) && FirstTabIndent(text) is { } tab ? firstLine + tab : log.LineOf(ex.End);
            return (log, new YamlFailure(Math.Clamp(line, firstLine, lastLine), YamlReader.Reason(ex)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet sometimes fails without a position: the problem is just after the last value it read.
            return (log, new YamlFailure(Math.Clamp(log.CurrentLine, firstLine, lastLine), "check brackets, quotes and indentation"));
        }

        return (log, null);
    }

    /// <summary>The 0-based index of the first line indented with a tab, if any.</summary>
    private static int? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart(' ').StartsWith('\t'));
        return index < 0 ? null : index;
    }

    private YamlFailure? Add(ParsingEvent e, Stack<Container> stack)
    {
        string? path = null;
        var line = LineOf(e.Start);
        if (e is MappingEnd or SequenceEnd)
        {
            stack.Pop();
        }
        else if (e is AnchorAlias || (e is NodeEvent node && !node.Anchor.IsEmpty))
        {
            // Writers never need them, and refusing them here rules out alias bombs and aliases to skipped values.
            return new YamlFailure(line, "anchors and aliases (&name, *name) are not used in content files; write the value out");
        }
        else if (e is Scalar or MappingStart or SequenceStart)
        {
            var parent = stack.Count > 0 ? stack.Peek() : null;
            if (parent is { IsMapping: true, PendingKey: null })
            {
                if (e is not Scalar key)
                {
                    return new YamlFailure(line, "a key must be a plain name followed by ':'");
                }

                var keyPath = YamlLines.Key(parent.Path, key.Value);
                if (Lines.AddKey(keyPath, line) is { } first)
                {
                    return new YamlFailure(line, $"'{keyPath}' is given twice, first on line {first}; keep one");
                }

                parent.PendingKey = keyPath;
            }
            else
            {
                path = parent switch
                {
                    null => "",
                    { IsMapping: true } => parent.PendingKey,
                    _ => YamlLines.Item(parent.Path, parent.Count++),
                };
                if (parent is { IsMapping: true })
                {
                    parent.PendingKey = null;
                }

                Lines.AddValue(path!, line);
                if (e is MappingStart or SequenceStart)
                {
                    if (stack.Count >= YamlReader.MaxDepth)
                    {
                        return new YamlFailure(line, $"it is nested more than {YamlReader.MaxDepth} levels deep");
                    }

                    stack.Push(new Container(path!, e is MappingStart));
                }
            }
        }

        _events.Add(e);
        _paths.Add(path);
        return null;
    }
}
