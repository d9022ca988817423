/// The keys of the theme's words files (`Theme/words/*.yml`), so that Swift code can only ask for
/// a word that exists; templates reach the same words as `{{t.KEY}}`.
extension Words {
    enum Key: String, CaseIterable, Sendable {
        case home, regions, indicators, years, pages, data, region, indicator, year, latest, change, cagr, rank, share
        case changeOnPrevious, changeOverYears
        case attainment, target, source, note, partialMark, unit, category, aggregate, direction, up, down, sum, mean
        case weighted, minimum, maximum, formula, rolledUpWeighted, rolledUpMin, rolledUpMax, computed, computedPartial, points
        case none, contents, tags, date, notFoundTitle, notFoundText, backHome, childrenCompared, relatedPages, noData
        case value, trend, ranking, chartData, skip, allRegions, allIndicators, allYears, allPages, downloads
        case downloadCSV, downloadJSON, definition, generatedBy, featured, latestPages, regionTree, indicatorTable
        case regionsByYear, annualReport, period, observationsCSV, observationsGzip, downloadsOmitted, observationsJSON, indicatorCSV, dataNote, reported
        case rolledUp, origin, level, years_, previous, first, last, languageName, languages
        case listSeparator, colon, comma, sentenceEnd, sentenceJoin, runSeparator
        case dateOf, months, yearOf, yearSpan, rankOf, since, partialSome, partialListed, rolledUpMean, rolledUpSum, levelOf, omitted
        case headAndTail, firstPlaces, yearsLeftOut, titleWithUnit, byCategory, pagesNav, sectionTitle, pageOfPages, indicatorCount
        case moreSeries, periodLead, extremes, onlyYear, sameInBoth, rose, fell, changeAside, missingYears
        case noFigureOnMap, notOnMap, mapExtremes, mapOwn, othersInGrey, breakLabel, leftOutOfLog
        case compositionLead, compositionItem, compositionSeparator, compositionEnd, rankingOnly, rankingFirstLast
    }
}
