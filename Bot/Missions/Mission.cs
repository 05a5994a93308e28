namespace MissionBot.Missions;

/// <summary>A mission offered to the network. Its <see cref="Number"/> is what people type (#12).</summary>
public sealed class Mission
{
    /// <summary>Sequential number, assigned by the database when the mission is stored.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Skills as the owner typed them (display form).</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>Due date (date only, stored as UTC midnight).</summary>
    public DateTime? DueDate { get; set; }

    public string Place { get; set; } = "";

    public bool Paid { get; set; }

    /// <summary>A small "entry-door" mission meant to welcome newcomers.</summary>
    public bool EntryDoor { get; set; }

    /// <summary>
    /// "vagues: auto": targeted before open. The mission is not announced at once; cooptation, then targeted
    /// pings, then an open call in the channel (see Waves/).
    /// </summary>
    public bool Waves { get; set; }

    public string OwnerId { get; set; } = "";

    public string OwnerUsername { get; set; } = "";

    public MissionStatus Status { get; set; } = MissionStatus.Open;

    /// <summary>Channel of the announcement; empty until it is posted.</summary>
    public string ChannelId { get; set; } = "";

    /// <summary>Post id of the announcement, which is also the root of its thread.</summary>
    public string AnnouncementPostId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When the mission was filled, closed or cancelled (every candidate answered then).</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>When a filled mission was done (closed as done, or its due date passed).</summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>Paid missions: the share of the fee given back to the network ("contribution: 5%").</summary>
    public decimal? ContributionPercent { get; set; }

    /// <summary>Paid missions: a contribution the person sets themselves ("contribution: libre").</summary>
    public bool ContributionFree { get; set; }

    public bool IsOpen => Status == MissionStatus.Open;
}
