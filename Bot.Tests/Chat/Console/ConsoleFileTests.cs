using System.Text.RegularExpressions;
using MissionBot.Texts;

namespace MissionBot.Tests.Chat.Console;

/// <summary>Files the bot sends by DM, as the sandbox shows them: the message, then the file's name, size and first lines.</summary>
public sealed partial class ConsoleFileTests
{
    private static readonly object[] FrenchSizes =
    [
        new object[] { 0L, "0 octet" },
        new object[] { 1L, "1 octet" },
        new object[] { 850L, "850 octets" },
        new object[] { 1234L, "1,2 Ko" },
        new object[] { 3L * 1024 * 1024, "3 Mo" },
    ];

    private static readonly object[] EnglishSizes =
    [
        new object[] { 1L, "1 byte" },
        new object[] { 850L, "850 bytes" },
        new object[] { 1234L, "1.2 KB" },
        new object[] { 5L * 1024 * 1024 / 2, "2.5 MB" },
    ];

    [Test]
    public async Task MyData_ShowsTheMessage_ThenTheFileLabel_AndItsFirstLines()
    {
        using var sandbox = new SandboxHarness("/mission mes-donnees");

        var transcript = await sandbox.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transcript, Does.Contain("[DM → alice] missionbot: Voici tout ce que je garde sur toi"));
            Assert.That(transcript, Does.Match(@"\[DM → alice · fichier missionbot-mes-donnees\.json, \d+(,\d)? (octets|Ko)\]\n    \{\n"));
            Assert.That(transcript, Does.Contain("\n      \"username\": \"alice\",\n"), "the file's own indentation is kept");
            Assert.That(MoreLinesFrench().IsMatch(transcript), Is.True, "a long file is cut after its first lines: " + transcript);
            Assert.That(transcript, Does.Not.Contain("~~~"), "the file is shown as a file, not pasted into the message");
            Assert.That(transcript, Does.Contain("[privé → alice] Je t'envoie en privé un fichier"));
        });
    }

    [Test]
    public async Task MyData_InEnglish_LabelsTheFileInEnglish()
    {
        using var sandbox = new SandboxHarness("/mission my-data", language: "en");

        var transcript = await sandbox.RunAsync();

        Assert.That(transcript, Does.Match(@"\[DM → alice · file missionbot-my-data\.json, \d+(\.\d)? (bytes|KB)\]\n    \{\n"));
        Assert.That(transcript, Does.Match(@"… \(\d+ more lines in the file\)"));
    }

    [TestCaseSource(nameof(FrenchSizes))]
    public void FileSize_InFrench_ReadsLikeAFileManager(long bytes, string expected) =>
        Assert.That(ConsoleTexts.For("fr").FileSize(bytes), Is.EqualTo(expected));

    [TestCaseSource(nameof(EnglishSizes))]
    public void FileSize_InEnglish_ReadsLikeAFileManager(long bytes, string expected) =>
        Assert.That(ConsoleTexts.For("en").FileSize(bytes), Is.EqualTo(expected));

    [GeneratedRegex(@"\n    … \(\d+ lignes de plus dans le fichier\)\n")]
    private static partial Regex MoreLinesFrench();
}
