namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>The nutrients a practitioner checks in pregnancy and lactation, beside the gut-health targets.</summary>
public enum PrenatalNutrient
{
    /// <summary>Folate as dietary folate equivalents, µg DFE.</summary>
    FolateDfe = 0,

    /// <summary>Iron, mg.</summary>
    Iron = 1,

    /// <summary>Iodine, µg. USDA SR28 has none, so it is unknown for every USDA food.</summary>
    Iodine = 2,

    /// <summary>Choline, total, mg.</summary>
    Choline = 3,

    /// <summary>DHA (22:6 n-3) plus EPA (20:5 n-3), mg.</summary>
    DhaEpa = 4,

    /// <summary>Vitamin D (D2 + D3), µg.</summary>
    VitaminD = 5,

    /// <summary>Vitamin B12, µg.</summary>
    VitaminB12 = 6,

    /// <summary>Calcium, mg.</summary>
    Calcium = 7,

    /// <summary>Protein, g.</summary>
    Protein = 8,
}
