using System.Linq.Expressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>
/// The one way a form validates: runs the same FluentValidation validator as the service on the cascaded
/// <see cref="EditContext"/> while she edits (a field's message once she has changed it, every message on submit), and
/// puts the service's <see cref="ValidationException"/> messages in the same place, so a rule only the server can check
/// (a code that does not exist, a food that is gone) shows next to its field like any other. MudBlazor inputs bound
/// with <c>For</c> show their field's messages; <see cref="FieldMessage{TValue}"/> shows those without an input.
/// The service still validates: this is for her, not for security.
/// </summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
{
    private readonly HashSet<FieldIdentifier> edited = [];
    private readonly List<(FieldIdentifier Field, string Message)> serverMessages = [];
    private ValidationMessageStore? messages;
    private EditContext? subscribedContext;
    private bool submitted;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Inject]
    private IValidator<TModel> Validator { get; set; } = default!;

    /// <summary>
    /// Checks only the form can make, for input that never reaches the request (text that is not a number). Their
    /// messages come first and replace the validator's for the same field.
    /// </summary>
    [Parameter]
    public Func<IEnumerable<ValidationFailure>>? FormChecks { get; set; }

    private EditContext Context => subscribedContext
        ?? throw new InvalidOperationException($"{nameof(FluentValidator<TModel>)} must be placed inside an EditForm or a cascaded EditContext.");

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidator<TModel>)} must be placed inside an EditForm or a cascaded EditContext.");
        }

        if (!ReferenceEquals(EditContext, subscribedContext))
        {
            Unsubscribe();
            edited.Clear();
            serverMessages.Clear();
            submitted = false;
            messages = new ValidationMessageStore(EditContext);
            EditContext.OnValidationRequested += OnValidationRequested;
            EditContext.OnFieldChanged += OnFieldChanged;
            subscribedContext = EditContext;
        }
    }

    /// <summary>
    /// Validates every field, then saves; a <see cref="ValidationException"/> from the save shows by field.
    /// True when it saved.
    /// </summary>
    public async Task<bool> SubmitAsync(Func<Task> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        if (!Context.Validate())
        {
            return false;
        }

        try
        {
            await save();
            return true;
        }
        catch (ValidationException e)
        {
            ShowServerErrors(e);
            return false;
        }
    }

    /// <summary>Shows the service's messages next to their fields until she changes that field.</summary>
    public void ShowServerErrors(ValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var model = Context.Model;
        submitted = true;
        serverMessages.Clear();
        serverMessages.AddRange(exception.Errors.Any()
            ? exception.Errors.Select(e => (ValidationPath.ToField(model, e.PropertyName), e.ErrorMessage))
            : [(ValidationPath.ToField(model, null), exception.Message)]);
        Refresh();
    }

    /// <summary>
    /// The field's first message, for an input that cannot take <c>For</c> (its text is parsed into another type, or it
    /// edits a copy of the field).
    /// </summary>
    public string? MessageFor<TField>(Expression<Func<TField>> field) =>
        subscribedContext?.GetValidationMessages(FieldIdentifier.Create(field)).FirstOrDefault();

    /// <summary>Tells the validator that a field changed whose input has no <c>For</c>.</summary>
    public void FieldChanged<TField>(Expression<Func<TField>> field) => Context.NotifyFieldChanged(FieldIdentifier.Create(field));

    /// <summary>
    /// Every message of a field the model holds by name rather than as a property (a nutrient behind the request's
    /// indexer, named as the validator names it), one after the other; null when it has none.
    /// </summary>
    public string? MessagesFor(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        var found = subscribedContext?.GetValidationMessages(new FieldIdentifier(subscribedContext.Model, fieldName)).Distinct(StringComparer.Ordinal).ToList();
        return found is { Count: > 0 } ? string.Join(" ", found) : null;
    }

    /// <summary>Tells the validator that a field the model holds by name changed (see <see cref="MessagesFor(string)"/>).</summary>
    public void FieldChanged(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        Context.NotifyFieldChanged(new FieldIdentifier(Context.Model, fieldName));
    }

    public void Dispose() => Unsubscribe();

    private void OnValidationRequested(object? sender, ValidationRequestedEventArgs e)
    {
        submitted = true;
        serverMessages.Clear();
        Refresh();
    }

    private void OnFieldChanged(object? sender, FieldChangedEventArgs e)
    {
        edited.Add(e.FieldIdentifier);
        serverMessages.RemoveAll(m => m.Field.Equals(e.FieldIdentifier));
        Refresh();
    }

    private void Refresh()
    {
        if (subscribedContext is null || messages is null)
        {
            return;
        }

        var model = subscribedContext.Model;
        var formFailures = FormChecks?.Invoke().ToList() ?? [];
        var formFields = formFailures.Select(f => f.PropertyName).ToHashSet(StringComparer.Ordinal);
        var failures = formFailures.Concat(Validator.Validate((TModel)model).Errors.Where(f => !formFields.Contains(f.PropertyName)))
            .Select(f => (Field: ValidationPath.ToField(model, f.PropertyName), Message: f.ErrorMessage))
            .Where(f => submitted || edited.Contains(f.Field))
            .Concat(serverMessages);

        messages.Clear();
        var shown = new HashSet<(FieldIdentifier, string)>();
        foreach (var failure in failures)
        {
            // The service runs the same validator: its copy of a message the form already shows is not shown twice.
            if (shown.Add(failure))
            {
                messages.Add(failure.Field, failure.Message);
            }
        }

        subscribedContext.NotifyValidationStateChanged();
    }

    private void Unsubscribe()
    {
        if (subscribedContext is not null)
        {
            subscribedContext.OnValidationRequested -= OnValidationRequested;
            subscribedContext.OnFieldChanged -= OnFieldChanged;
            messages?.Clear();
        }
    }
}
