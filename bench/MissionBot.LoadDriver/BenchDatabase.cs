namespace MissionBot.LoadDriver;

public static class BenchDatabase
{
    /// <summary>Deletes a database the driver made for a bot, with LiteDB's log beside it.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log.db");
    }
}
