using LiteDB;
using MissionBot.Missions;

namespace MissionBot.Storage;

/// <summary>
/// Queries whose values vary, written with parameters. LiteDB compiles each distinct expression text into a
/// method and keeps it in a process-wide cache that never shrinks; <c>Query.EQ</c> and <c>Query.In</c> put the
/// values into that text, so every post id or list of mission numbers would be compiled anew and kept for good.
/// Here the text is fixed: compiled once, the values passed alongside.
/// </summary>
public static class StoredQueries
{
    public static BsonExpression AnnouncementIs(string postId) =>
        BsonExpression.Create($"$.{nameof(Mission.AnnouncementPostId)} = @0", new BsonValue(postId));

    public static BsonExpression MissionNumberIn(BsonArray numbers) =>
        BsonExpression.Create($"$.{nameof(Candidacy.MissionNumber)} IN @0", numbers);

    public static BsonExpression IdIn(BsonArray ids) => BsonExpression.Create("$._id IN @0", ids);

    public static BsonExpression IdAfter(BsonValue id) => BsonExpression.Create("$._id > @0", id);
}
