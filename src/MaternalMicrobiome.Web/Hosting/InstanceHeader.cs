namespace MaternalMicrobiome.Web.Hosting;

/// <summary>
/// Names the instance that answered in an <c>X-Instance</c> response header when <c>App:InstanceName</c> is set. Behind a
/// load balancer this says which process holds a browser's circuit (nginx can log it as <c>$upstream_http_x_instance</c>);
/// without a name nothing is sent.
/// </summary>
public static class InstanceHeader
{
    public const string HeaderName = "X-Instance";

    public static IApplicationBuilder UseInstanceHeader(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["App:InstanceName"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            context.Response.Headers[HeaderName] = name;
            return next(context);
        });
    }
}
