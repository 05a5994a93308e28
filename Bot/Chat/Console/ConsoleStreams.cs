using System.Text;

namespace MissionBot.Chat.Console;

/// <summary>
/// Where the sandbox reads what people type and writes the transcript. The real console in the program;
/// a <see cref="StringReader"/> and a <see cref="StringWriter"/> in tests.
/// </summary>
/// <param name="IsInteractive">Someone is typing at a terminal: show the banner and a prompt.</param>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output, bool IsInteractive)
{
    /// <summary>The process's stdin and stdout, in UTF-8 so accents and emoji survive any terminal setting.</summary>
    public static ConsoleStreams FromSystemConsole()
    {
        var interactive = !System.Console.IsInputRedirected;
        System.Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (!interactive)
        {
            // Piped scripts are UTF-8; a terminal's own input encoding is left as the user set it.
            System.Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        return new ConsoleStreams(System.Console.In, System.Console.Out, interactive);
    }
}
