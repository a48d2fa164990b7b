using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentoring.Domain.Clients;

/// <summary>
/// Reads a goal status stored before the path had five (OPEN, ACHIEVED, DROPPED in snapshots written then) as NOT_STARTED,
/// DONE and NOT_NEEDED, the way their events fold now; writes the status's name. Registered ahead of the general enum
/// converter (MartenSetup), so a database written by an older version still loads without a rebuild.
/// </summary>
public sealed class GoalStatusJson : JsonConverter<GoalStatus>
{
    public override GoalStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) throw new JsonException("A goal status is stored by name.");
        var name = reader.GetString();
        return name?.ToLowerInvariant() switch
        {
            "open" => GoalStatus.NotStarted,
            "achieved" => GoalStatus.Done,
            "dropped" => GoalStatus.NotNeeded,
            _ => Enum.TryParse<GoalStatus>(name, ignoreCase: true, out var status) ? status : throw new JsonException($"Unknown goal status \"{name}\"."),
        };
    }

    public override void Write(Utf8JsonWriter writer, GoalStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
