using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace DebtHelp.Web.Articles;

/// <summary>
/// A front matter list that may also be written as one value (<c>topics: evidence</c> is <c>topics: [evidence]</c>).
/// Items keep their positions (an item that is not text is null) so each one's line can be looked up by index.
/// </summary>
public sealed class TextList
{
    public required IReadOnlyList<string?> Items { get; init; }

    /// <summary>Whether the value was written as one item rather than as a list.</summary>
    public bool IsSingle { get; init; }

    /// <summary>The non-blank items, trimmed, each with the path to look its line up by.</summary>
    public IEnumerable<(string Value, string Path)> NonBlank(string path) => Items
        .Select((item, i) => (Value: item?.Trim(), Path: IsSingle ? path : YamlLines.Item(path, i)))
        .Where(x => !string.IsNullOrEmpty(x.Value))
        .Select(x => (x.Value!, x.Path));

    internal sealed class Converter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(TextList);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            if (!parser.TryConsume<SequenceStart>(out _))
            {
                return new TextList { Items = [(string?)rootDeserializer(typeof(string))], IsSingle = true };
            }

            var items = new List<string?>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add((string?)rootDeserializer(typeof(string)));
            }

            return new TextList { Items = items };
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException("content files are only read");
    }
}
