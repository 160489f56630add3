using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>
/// Runs the model's FluentValidation validator inside an <see cref="EditForm"/>, so static-rendered forms show the
/// same messages, next to the same fields, as the services enforce.
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
{
    private ValidationMessageStore? messages;
    private EditContext? subscribedContext;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Inject]
    private IValidator<TModel> Validator { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidator<TModel>)} must be placed inside an EditForm.");
        }

        if (!ReferenceEquals(EditContext, subscribedContext))
        {
            Unsubscribe();
            messages = new ValidationMessageStore(EditContext);
            EditContext.OnValidationRequested += ValidateModel;
            subscribedContext = EditContext;
        }
    }

    public void Dispose() => Unsubscribe();

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        if (subscribedContext is null || messages is null)
        {
            return;
        }

        messages.Clear();
        var result = Validator.Validate((TModel)subscribedContext.Model);
        foreach (var error in result.Errors)
        {
            messages.Add(subscribedContext.Field(error.PropertyName), error.ErrorMessage);
        }

        subscribedContext.NotifyValidationStateChanged();
    }

    private void Unsubscribe()
    {
        if (subscribedContext is not null)
        {
            subscribedContext.OnValidationRequested -= ValidateModel;
        }
    }
}
