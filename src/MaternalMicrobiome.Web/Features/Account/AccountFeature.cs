namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>Her account: deleting it and everything in it, and a log in that does not tell known emails by its timing.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccountFeature(this IServiceCollection services) => services
        .AddScoped<AccountService>()
        .AddScoped<UnknownEmailTiming>();
}
