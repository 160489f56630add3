namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>The sections of a client's pages, in the order of the header's tabs.</summary>
public enum ClientTab
{
    Day = 0,
    Week = 1,
    Trends = 2,
    Plans = 3,
    Report = 4,
    Targets = 5,
}
