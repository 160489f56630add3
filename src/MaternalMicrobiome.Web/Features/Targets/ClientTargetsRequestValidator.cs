using FluentValidation;

namespace MaternalMicrobiome.Web.Features.Targets;

public sealed class ClientTargetsRequestValidator : AbstractValidator<ClientTargetsRequest>
{
    public ClientTargetsRequestValidator()
    {
        RuleFor(r => r.Targets)
            .Must(targets => targets.Select(t => t.Metric).Distinct().Count() == targets.Count)
            .WithMessage("Targets may list each metric once.");
        RuleForEach(r => r.Targets).SetValidator(new ClientTargetEditValidator());
    }
}
