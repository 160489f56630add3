using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>On how many of the last <paramref name="Days"/> days one target was met (a day with nothing logged meets none).</summary>
public sealed record TargetAdherence(Metric Metric, string Title, int DaysMet, int Days)
{
    public double Fraction => Days == 0 ? 0 : (double)DaysMet / Days;

    public int Percent => (int)Math.Round(100 * Fraction, MidpointRounding.AwayFromZero);
}
