import AlmanacData
import Dispatch

/// Reading the data files and building the model from their rows, overlapped: the reader hands
/// the rows it has checked to a serial queue in batches, and the queue adds them to the model
/// in file order while the reader goes on, so that the two use both cores rather than one after
/// the other (the million-observation case of `make bench` measures it).
final class DatasetPipeline: @unchecked Sendable {
    /// Touched only on `queue` (and by ``finish()``, after it has drained).
    private var builder: Dataset.Builder
    private let queue = DispatchQueue(label: "almanac.dataset")
    private var batch: [Observation] = []
    private static let batchSize = 4096
    /// The file the rows in `batch` come from, and a copy of its name that only the queue uses.
    /// The rows cross without it: one string shared by every row of the file had its reference
    /// count changed by both threads for every row, and each change waited for the other core
    /// (perf showed copying and destroying the rows as the largest part of loading).
    private var file = ""
    private var fileForQueue = ""

    init(_ builder: Dataset.Builder) {
        self.builder = builder
        batch.reserveCapacity(Self.batchSize)
    }

    /// Called by the reader, on its thread.
    func add(_ observation: Observation) {
        if observation.location.file != file {
            flush()
            file = observation.location.file
            fileForQueue = String(decoding: Array(file.utf8), as: UTF8.self)
        }
        var row = observation
        row.location.file = ""
        batch.append(row)
        if batch.count == Self.batchSize { flush() }
    }

    private func flush() {
        guard !batch.isEmpty else { return }
        let full = batch, file = fileForQueue
        batch = []
        batch.reserveCapacity(Self.batchSize)
        queue.async {
            for var observation in full {
                observation.location.file = file
                self.builder.add(observation)
            }
        }
    }

    /// Waits for every row to be added; the builder, for targets and `build()`.
    func finish() -> Dataset.Builder {
        flush()
        return queue.sync { builder }
    }
}
