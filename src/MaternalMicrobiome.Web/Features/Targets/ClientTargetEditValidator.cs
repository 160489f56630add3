using FluentValidation;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>A client value stays inside the stage's safe bound (<see cref="TargetBounds"/>) and a weight between 0 and 5.</summary>
public sealed class ClientTargetEditValidator : AbstractValidator<ClientTargetEdit>
{
    public ClientTargetEditValidator()
    {
        RuleFor(e => e.Bound).NotNull().WithMessage(e => $"{e.Title} has no safe range for her stage.");
        RuleFor(e => e.Value)
            .Must((edit, value) => value is null || edit.Bound is null || edit.Bound.Contains(value.Value))
            .WithMessage(edit => $"{edit.Title} target must be between {Format.Amount(edit.Bound!.Minimum, edit.Unit)} and {Format.Amount(edit.Bound.Maximum, edit.Unit)}. {edit.Bound.Reason}");
        RuleFor(e => e.Weight)
            .Must(weight => weight is null || (double.IsFinite(weight.Value) && weight >= TargetBounds.MinimumWeight && weight <= TargetBounds.MaximumWeight))
            .WithMessage(edit => $"{edit.Title} weight must be between 0 and 5.");
    }
}
