using FluentValidation;
using MaternalMicrobiome.Web.Application;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>
/// The error policy for endpoints (downloads, the JSON API): the expected exceptions the services throw become
/// ProblemDetails with their status, so no endpoint needs its own catch blocks. FluentValidation's exception is a
/// 400 with its errors by field, <see cref="NotFoundException"/> a 404 and <see cref="AccessDeniedException"/> a 403.
/// Pages are left to their <c>ErrorBoundary</c> (and, while prerendering, the /Error page); anything else is unexpected.
/// </summary>
public sealed class AppExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (httpContext.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            return false;
        }

        var problem = exception switch
        {
            ValidationException invalid => new HttpValidationProblemDetails(invalid.Errors
                .GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
            },
            NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = notFound.Message },
            AccessDeniedException denied => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = denied.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
