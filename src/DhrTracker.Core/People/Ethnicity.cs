namespace DhrTracker.Core.People;

/// <summary>The ONS 2021 census ethnic groups for England and Wales (19 groups), plus "not known".</summary>
public enum Ethnicity
{
    NotKnown,
    AsianBangladeshi,
    AsianChinese,
    AsianIndian,
    AsianPakistani,
    AsianOther,
    BlackAfrican,
    BlackCaribbean,
    BlackOther,
    MixedWhiteAndAsian,
    MixedWhiteAndBlackAfrican,
    MixedWhiteAndBlackCaribbean,
    MixedOther,
    WhiteBritish,
    WhiteIrish,
    WhiteGypsyOrIrishTraveller,
    WhiteRoma,
    WhiteOther,
    OtherArab,
    OtherEthnicGroup,
}
