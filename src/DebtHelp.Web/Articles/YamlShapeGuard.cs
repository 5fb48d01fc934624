using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace DebtHelp.Web.Articles;

/// <summary>
/// Runs before YamlDotNet's own node deserializers: a value whose shape does not fit the property (a list for a
/// text field, a mapping for a list …) is noted with its path and line and read as null, instead of stopping the
/// whole document with an exception. Each reader then says what the empty value means for that field.
/// </summary>
internal sealed class YamlShapeGuard : INodeDeserializer
{
    private enum Shape
    {
        Text,
        List,
        Mapping,
        TextOrList,
    }

    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        value = null;
        var expected = ShapeOf(expectedType);
        var found = reader.Current switch
        {
            Scalar s when IsNull(s) => (Shape?)null,
            Scalar => Shape.Text,
            SequenceStart => Shape.List,
            MappingStart => Shape.Mapping,
            _ => null,
        };
        if (found is null || found == expected || (expected == Shape.TextOrList && found is Shape.Text or Shape.List))
        {
            return false;
        }

        var log = (YamlEventLog)reader;
        log.Mismatches.Add(new YamlMismatch(log.CurrentPath, log.Lines.Of(log.CurrentPath, log.CurrentLine), Describe(expected), Describe(found.Value)));
        reader.SkipThisAndNestedEvents();
        return true;
    }

    private static Shape ShapeOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(TextList))
        {
            return Shape.TextOrList;
        }

        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type.IsValueType)
        {
            return Shape.Text;
        }

        return typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type) ? Shape.List : Shape.Mapping;
    }

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(Shape shape) => shape switch
    {
        Shape.Text => "text",
        Shape.List => "a list",
        Shape.Mapping => "'key: value' lines",
        _ => "text or a list",
    };
}
