using System.Text;

namespace MissionBot.Tests.Commands;

/// <summary>
/// Random and adversarial lines for fuzzing the parsers, reproducible from a seed: empty and huge lines,
/// control characters, unmatched quotes and fences, unicode of every kind (accents, emoji, right-to-left,
/// zero-width, combining marks, lone surrogates), markdown and links, mass mentions, and real subcommand
/// words followed by garbage so that every subcommand's argument parser is reached.
/// </summary>
public static class HostileLines
{
    private static readonly string[] Words =
    [
        "new", "nouvelle", "join", "rejoindre", "leave", "quitter", "list", "liste", "show", "voir", "help", "aide", "?",
        "oui", "non", "stop", "pas maintenant", "ping", "coopt", "select", "close", "cancel", "done", "skills", "pause",
        "/mission", "!mission", "mission", "JOIN", "Jöin", "ｊｏｉｎ",
    ];

    private static readonly string[] Fragments =
    [
        "@channel", "@all", "@here", "@everyone", "@Channel", "@alice", "@@", "@", "#1", "#", "n°12", "12", "-1", "0", "99999999999999999999",
        "1.5", "1e9", "NaN", "½", "٣", "|", "||", "| lieu:", "| date: 32/13/2026", "| date: 2026-02-30", "| date: hier", "| rémunérée",
        "| compétences: ,,,", "\"", "'", "«", "»", "`", "```", "~~~", "**", "__", "[x](javascript:alert(1))", "<script>alert(1)</script>",
        "![img](http://127.0.0.1/x.png)", "> citation", "# Titre", "\\", "\\\\", "%s", "{0}", "${jndi:ldap://x}", "'; DROP TABLE missions; --",
        "\u200B", "\u200E", "\u202E", "\uFEFF", "\u0301", "e\u0301", "🙂", "👩‍👩‍👧", "🏳️‍🌈", "\uD800", "\uDC00", "\t", "\r\n", "\n", "\0", "\u0007",
        "\u001B[31m", "\u007F", "\u2028", "\u2029", "ﷺ", "שלום", "مرحبا", "日本語", "Ｔｅｓｔ", "ǅ", "İ", "ß", "Ω",
    ];

    /// <summary><paramref name="count"/> lines from <paramref name="seed"/>; a few are very long.</summary>
    public static IEnumerable<string> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Line(random, i);
        }
    }

    private static string Line(Random random, int index)
    {
        switch (index % 10)
        {
            case 0:
                return Words[random.Next(Words.Length)] + " " + Mix(random, random.Next(0, 8));
            case 1:
                return Mix(random, random.Next(0, 12));
            case 2:
                return RandomChars(random, random.Next(0, 300), 0x20, 0x7F);
            case 3:
                return RandomChars(random, random.Next(0, 200), 0, 0xFFFF);
            case 4:
                return Words[random.Next(Words.Length)] + " " + RandomChars(random, random.Next(0, 100), 0, 0x3000);
            case 5:
                return random.Next(4) switch
                {
                    0 => "",
                    1 => new string(' ', random.Next(1, 50)),
                    2 => string.Concat(Enumerable.Repeat("\n", random.Next(1, 20))),
                    _ => "\t \u00A0\u3000",
                };
            case 6:
                // Mostly broken forms; one in five may be a real mission (which the fuzz then lists and shows).
                return random.Next(5) == 0
                    ? "new " + string.Join(" | ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => Mix(random, random.Next(1, 4))))
                    : "new " + Fragments[random.Next(Fragments.Length)] + " | " + RandomChars(random, random.Next(0, 20), 0, 0x40);
            case 7:
                return string.Concat(Enumerable.Repeat("@channel @all @here ", random.Next(1, 30))) + Words[random.Next(Words.Length)];
            case 8:
                return index % 500 == 8
                    ? Words[random.Next(Words.Length)] + " " + new string('x', random.Next(16_000, 40_000))
                    : Words[random.Next(Words.Length)] + " " + Fragments[random.Next(Fragments.Length)] + Fragments[random.Next(Fragments.Length)];
            default:
                return RandomChars(random, random.Next(1, 30), 0, 0x20) + Words[random.Next(Words.Length)] + RandomChars(random, random.Next(1, 30), 0, 0x20);
        }
    }

    private static string Mix(Random random, int parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(3) == 0 ? Words[random.Next(Words.Length)] : Fragments[random.Next(Fragments.Length)]);
            if (random.Next(3) > 0)
            {
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }

    private static string RandomChars(Random random, int length, int from, int to)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(from, to);
        }
        return new string(chars);
    }
}
