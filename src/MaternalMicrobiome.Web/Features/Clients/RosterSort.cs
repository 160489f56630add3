namespace MaternalMicrobiome.Web.Features.Clients;

public enum RosterSort
{
    Name = 0,
    LastLogged = 1,
    Adherence = 2,
    Warnings = 3,
}
