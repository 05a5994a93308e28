using System.Security.Cryptography;

namespace MissionBot.Tests.Fakes.Mattermost;

/// <summary>Ids shaped like Mattermost's: 26 lowercase letters and digits (base32 of 16 random bytes).</summary>
internal static class MattermostIds
{
    // Mattermost's own base32 alphabet (model.NewId), all lowercase alphanumerics.
    private const string Alphabet = "ybndrfg8ejkmcpqxot1uwisza345h769";

    public const int Length = 26;

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                chars[index++] = Alphabet[(buffer >> bits) & 31];
            }
        }
        chars[index] = Alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars);
    }

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));
}
