using MissionBot.Storage;

namespace MissionBot.Tests.Storage;

/// <summary>
/// The database file's stream behaves as a file to LiteDB: its readers see the latest bytes written, whatever it
/// keeps in memory, and what was written is in the file for anyone (a restarted bot after a kill) as soon as
/// LiteDB flushes, with no sync to disk (that one only guards against a power cut).
/// </summary>
public sealed class DeferredSyncFileStreamTests
{
    private const int Page = 8192;   // LiteDB's page size
    private string _path = null!;

    [SetUp]
    public void SetUp() => _path = Path.Combine(Path.GetTempPath(), $"missionbot-stream-{Guid.NewGuid():N}.db");

    [TearDown]
    public void TearDown() => File.Delete(_path);

    [TestCase(0, TestName = "PagesWrittenOutOfOrder_AndRewritten_ReadBackAsTheirLatestVersion(no pages kept)")]
    [TestCase(2, TestName = "PagesWrittenOutOfOrder_AndRewritten_ReadBackAsTheirLatestVersion(fewer pages kept than written)")]
    public void PagesWrittenOutOfOrder_AndRewritten_ReadBackAsTheirLatestVersion(int cachedPages)
    {
        using var stream = new DeferredSyncFileStream(_path, cachedPages);
        WritePage(stream, 2, 0x22);
        WritePage(stream, 0, 0x01);
        WritePage(stream, 1, 0x11);
        var whileHeld = ReadPage(stream, 0);
        stream.Flush();
        var fromTheFile = new[] { ReadPage(stream, 0), ReadPage(stream, 1), ReadPage(stream, 2), ReadPage(stream, 0) };
        WritePage(stream, 0, 0x02);
        var rewrittenWhileHeld = ReadPage(stream, 0);
        stream.Flush();

        Assert.Multiple(() =>
        {
            Assert.That(whileHeld, Is.All.EqualTo(0x01));
            Assert.That(fromTheFile.Select(page => page[0]), Is.EqualTo(new byte[] { 0x01, 0x11, 0x22, 0x01 }));
            Assert.That(rewrittenWhileHeld, Is.All.EqualTo(0x02));
            Assert.That(stream.Length, Is.EqualTo(3 * Page));
            Assert.That(ReadPage(stream, 0), Is.All.EqualTo(0x02));
            Assert.That(ReadPage(stream, 1), Is.All.EqualTo(0x11));
            Assert.That(ReadPage(stream, 2), Is.All.EqualTo(0x22));
        });
    }

    [Test]
    public void WrittenPages_AreInTheFile_ForAnotherReader_OnceFlushed()
    {
        using var stream = new DeferredSyncFileStream(_path);
        WritePage(stream, 0, 0x0A);
        WritePage(stream, 3, 0x3A);
        WritePage(stream, 3, 0x3B);
        var before = ReadFileShared();

        stream.Flush();

        var file = ReadFileShared();
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Empty, "held until the flush, and then sent together");
            Assert.That(file, Has.Length.EqualTo(4 * Page));
            Assert.That(file.Take(Page), Is.All.EqualTo(0x0A));
            Assert.That(file.Skip(Page).Take(2 * Page), Is.All.EqualTo(0), "a gap between pages stays a gap");
            Assert.That(file.Skip(3 * Page), Is.All.EqualTo(0x3B));
        });
    }

    [Test]
    public void PartialWrite_OverAWrittenPage_LandsOnTopOfIt_InTheOrderWritten()
    {
        using var stream = new DeferredSyncFileStream(_path);
        WritePage(stream, 0, 0x01);
        stream.Position = 10;
        stream.Write([0xFF, 0xFF]);
        WritePage(stream, 1, 0x02);
        stream.Flush();

        var file = ReadFileShared();
        Assert.Multiple(() =>
        {
            Assert.That(file[9], Is.EqualTo(0x01));
            Assert.That(file[10..12], Is.All.EqualTo(0xFF));
            Assert.That(file[12], Is.EqualTo(0x01));
            Assert.That(file.Skip(Page), Is.All.EqualTo(0x02));
        });
    }

    [Test]
    public void Dispose_LeavesEverythingWrittenInTheFile()
    {
        using (var stream = new DeferredSyncFileStream(_path))
        {
            WritePage(stream, 0, 0x07);
        }

        var file = File.ReadAllBytes(_path);
        Assert.Multiple(() =>
        {
            Assert.That(file, Has.Length.EqualTo(Page));
            Assert.That(file, Is.All.EqualTo(0x07));
        });
    }

    [Test]
    public void WhileFlushesAreHeld_TheReleaseSendsTheWrites()
    {
        using var stream = new DeferredSyncFileStream(_path);
        stream.HoldFlushes();
        WritePage(stream, 0, 0x01);
        stream.Flush();
        WritePage(stream, 1, 0x02);
        stream.Flush();
        var held = ReadFileShared();

        stream.ReleaseFlushes();

        Assert.Multiple(() =>
        {
            Assert.That(held, Is.Empty);
            Assert.That(ReadFileShared(), Is.EqualTo(Enumerable.Repeat((byte)0x01, Page).Concat(Enumerable.Repeat((byte)0x02, Page))));
        });
    }

    [Test]
    public void DataPages_ReachTheFile_AfterTheLogPagesHeldBeforeThem()
    {
        // LiteDB copies its log into the data file inside the commit that fills the log, while that commit's own
        // log pages are held: they must be in the log file before the data file has any page of that commit.
        var logPath = _path + "-log";
        try
        {
            using var log = new DeferredSyncFileStream(logPath);
            using var data = new DeferredSyncFileStream(_path, writtenFirst: log);
            log.HoldFlushes();
            WritePage(log, 0, 0x10);
            log.Flush();
            WritePage(data, 0, 0x20);
            var logBefore = ReadFileShared(logPath);

            data.Flush();

            Assert.Multiple(() =>
            {
                Assert.That(logBefore, Is.Empty);
                Assert.That(ReadFileShared(logPath), Is.EqualTo(Enumerable.Repeat((byte)0x10, Page)));
                Assert.That(ReadFileShared(_path), Is.EqualTo(Enumerable.Repeat((byte)0x20, Page)));
            });
            log.ReleaseFlushes();
        }
        finally
        {
            File.Delete(logPath);
        }
    }

    [Test]
    [Platform("Linux", Reason = "/dev/full refuses every write")]
    public void AfterAFailedWrite_EveryCallFails_AsLiteDbsOwnFileDoes()
    {
        using var stream = new DeferredSyncFileStream("/dev/full");
        WritePage(stream, 0, 0x01);

        Assert.Multiple(() =>
        {
            Assert.Throws<IOException>(stream.Flush, "the held page cannot be written");
            Assert.Throws<IOException>(() => WritePage(stream, 1, 0x02));
            Assert.Throws<IOException>(() => ReadPage(stream, 0));
            Assert.Throws<IOException>(stream.SyncToDisk);
        });
    }

    [TestCase(0, TestName = "CutFile_LosesItsPagesPastTheCut_HeldOrKept(no pages kept)")]
    [TestCase(8, TestName = "CutFile_LosesItsPagesPastTheCut_HeldOrKept(pages kept)")]
    public void CutFile_LosesItsPagesPastTheCut_HeldOrKept(int cachedPages)
    {
        using var stream = new DeferredSyncFileStream(_path, cachedPages);
        WritePage(stream, 0, 0x01);
        WritePage(stream, 1, 0x02);
        stream.Flush();
        Assert.That(ReadPage(stream, 1), Is.All.EqualTo(0x02));
        WritePage(stream, 2, 0x03);

        stream.SetLength(Page);
        var afterCut = new byte[Page];
        stream.Position = Page;
        var readPastTheEnd = stream.Read(afterCut);
        WritePage(stream, 2, 0x04);
        stream.Flush();

        var file = ReadFileShared();
        Assert.Multiple(() =>
        {
            Assert.That(readPastTheEnd, Is.Zero);
            Assert.That(file.Skip(Page).Take(Page), Is.All.EqualTo(0), "a page past the cut comes back as a gap");
            Assert.That(file.Skip(2 * Page), Is.All.EqualTo(0x04), "written again after the cut");
            Assert.That(ReadPage(stream, 1), Is.All.EqualTo(0));
            Assert.That(ReadPage(stream, 0), Is.All.EqualTo(0x01));
        });
    }

    private static void WritePage(Stream stream, int page, byte value)
    {
        stream.Position = (long)page * Page;
        stream.Write(Enumerable.Repeat(value, Page).ToArray(), 0, Page);
    }

    private static byte[] ReadPage(Stream stream, int page)
    {
        var buffer = new byte[Page];
        stream.Position = (long)page * Page;
        stream.ReadExactly(buffer);
        return buffer;
    }

    private byte[] ReadFileShared() => ReadFileShared(_path);

    private static byte[] ReadFileShared(string path)
    {
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        reader.CopyTo(copy);
        return copy.ToArray();
    }
}
