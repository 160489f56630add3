namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>Her account: deleting it and everything in it.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccountFeature(this IServiceCollection services) => services
        .AddScoped<AccountService>();
}
