using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DebtHelp.Web.Articles;

/// <summary>
/// The one way content YAML is read: typed YamlDotNet deserialisation of a recorded event stream, so every value
/// keeps its line (<see cref="YamlLines"/>), a value of the wrong shape is noted rather than thrown
/// (<see cref="YamlShapeGuard"/>), and nothing a writer types can throw out of here or make it slow.
/// </summary>
public static class YamlReader
{
    /// <summary>Content files need three levels (synonyms.yml: groups, a group, a word); junk deeper than this is refused.</summary>
    public const int MaxDepth = 8;

    /// <summary>The largest real file (synonyms.yml) has about 500 values; this bounds memory and time for a hostile one, alongside the 1 MB article size limit.</summary>
    public const int MaxEvents = 200_000;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithMaximumRecursion(MaxDepth * 2 + 4)
        .WithTypeConverter(new TextList.Converter())
        .WithNodeDeserializer(new YamlShapeGuard(), s => s.OnTop())
        .Build();

    /// <param name="firstLine">The file line the text starts on (front matter starts below its '---').</param>
    public static YamlRead<T> Read<T>(string text, int firstLine = 1)
        where T : class
    {
        var (log, failure) = YamlEventLog.Record(text, firstLine);
        if (failure is not null)
        {
            return new YamlRead<T>(null, log.Lines, [], failure);
        }

        try
        {
            var value = Deserializer.Deserialize<T?>(log);
            return new YamlRead<T>(value, log.Lines, log.Mismatches, null);
        }
        catch (Exception ex) when (ex is YamlException or InvalidCastException or InvalidOperationException or ArgumentException)
        {
            // An unknown tag, a value no converter takes: the deserializer stops at the event it was on.
            var line = ex is YamlException { Start.Index: > 0 } yaml ? log.LineOf(yaml.Start) : log.CurrentLine;
            return new YamlRead<T>(null, log.Lines, log.Mismatches, new YamlFailure(line, Reason(ex)));
        }
    }

    /// <summary>The keys a typed class reads, in declaration order, as they are written in YAML.</summary>
    public static IReadOnlyList<string> KeysOf<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => CamelCaseNamingConvention.Instance.Apply(p.Name)).ToList();

    /// <summary>
    /// The first line of YamlDotNet's message without its "(Line: 3, Col: 1, Idx: 20) - (…): " prefix, whose line
    /// counts from the start of the YAML rather than the file and would contradict the line reported.
    /// </summary>
    internal static string Reason(Exception ex)
    {
        var message = (ex.InnerException is YamlException inner ? inner : ex).Message.Split('\n')[0].Trim();
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && at >= 0 ? message[(at + 3)..] : message;
    }
}
