namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>Who tries an operation on the owning mother's data (the columns of the matrix).</summary>
public enum Actor
{
    Anonymous,
    Owner,
    OtherMother,
    LinkedNutritionist,
    UnlinkedNutritionist,
    EndedNutritionist,
    Admin,
}
