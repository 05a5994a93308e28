using LiteDB;
using MissionBot.People;

namespace MissionBot.Storage;

/// <summary>Members' skills and ping preferences (collection "profiles", one document per person).</summary>
public sealed class ProfileRepository
{
    private readonly ILiteCollection<MemberProfile> _profiles;

    public ProfileRepository(BotDatabase db)
    {
        _profiles = db.Collection<MemberProfile>(CollectionNames.Profiles);
        _profiles.EnsureIndex(p => p.Username);
    }

    public MemberProfile? Find(string personId) => _profiles.FindById(personId);

    public void Save(MemberProfile profile) => _profiles.Upsert(profile);

    public IEnumerable<MemberProfile> All() => _profiles.FindAll();

    public bool Delete(string personId) => _profiles.Delete(personId);
}
