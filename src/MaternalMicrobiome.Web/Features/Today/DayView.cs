using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>A mother's day: her entries and the day's score.</summary>
public sealed record DayView(DateOnly Date, LifeStage Stage, IReadOnlyList<EntryView> Entries, DayScore Score, MeasurementUnits Units = MeasurementUnits.Metric);
