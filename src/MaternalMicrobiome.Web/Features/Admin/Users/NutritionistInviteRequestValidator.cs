using FluentValidation;
using MaternalMicrobiome.Web.Features.Account;

namespace MaternalMicrobiome.Web.Features.Admin.Users;

public sealed class NutritionistInviteRequestValidator : AbstractValidator<NutritionistInviteRequest>
{
    public NutritionistInviteRequestValidator()
    {
        RuleFor(r => r.DisplayName).AccountDisplayName();
        RuleFor(r => r.Email).AccountEmail();
    }
}
