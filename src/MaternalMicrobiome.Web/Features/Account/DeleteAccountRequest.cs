using System.ComponentModel.DataAnnotations;

namespace MaternalMicrobiome.Web.Features.Account;

public sealed class DeleteAccountRequest
{
    [Required(ErrorMessage = "Enter your password to confirm.")]
    public string Password { get; set; } = string.Empty;

    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to confirm that everything will be deleted.")]
    public bool Understood { get; set; }
}
