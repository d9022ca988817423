import Dispatch
import Synchronization

/// Runs independent jobs on all cores and returns their results in job order, so a parallel
/// build writes exactly the bytes a serial one would.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], progress: (@Sendable (Int) -> Void)? = nil, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let results = Results<Output>(count: inputs.count)
        let done = Atomic<Int>(0)
        inputs.withUnsafeBufferPointer { buffer in
            let inputs = UncheckedInputs(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: inputs.buffer.count) { index in
                results.store(transform(inputs.buffer[index]), at: index)
                let finished = done.add(1, ordering: .relaxed).newValue
                progress?(finished)
            }
        }
        return results.collect()
    }

    /// Each index is written by exactly one job and read only after all have finished.
    private final class Results<Output>: @unchecked Sendable {
        private var slots: [Output?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: Output, at index: Int) {
            slots.withUnsafeMutableBufferPointer { $0[index] = value }
        }

        func collect() -> [Output] { slots.map { $0! } }
    }

    private struct UncheckedInputs<Input: Sendable>: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<Input>
    }
}
