namespace MaternalMicrobiome.Web.Hosting;

/// <summary>The database engines the app runs on; each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
