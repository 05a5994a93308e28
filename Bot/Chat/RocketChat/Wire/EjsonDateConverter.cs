using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MissionBot.Chat.RocketChat.Wire;

/// <summary>
/// Rocket.Chat dates come as ISO strings over REST and as EJSON <c>{"$date": ms}</c> over DDP (some docs even put
/// an ISO string inside $date): all of them read as a <see cref="DateTimeOffset"/>. Written as ISO strings.
/// </summary>
internal sealed class EjsonDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            case JsonTokenType.Number:
                return DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());
            case JsonTokenType.StartObject:
                DateTimeOffset? value = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var property = reader.GetString();
                    reader.Read();
                    if (property == "$date")
                    {
                        value = Read(ref reader, typeToConvert, options);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                return value ?? throw new JsonException("An EJSON date needs a $date.");
            default:
                throw new JsonException($"Cannot read a date from {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
}
