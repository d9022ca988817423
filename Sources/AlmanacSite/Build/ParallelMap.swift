import Dispatch
import Synchronization

/// Runs independent jobs on all cores and returns their results in job order, so a parallel
/// build writes exactly the bytes a serial one would. Jobs start in order, those named in
/// `startingWith` first: a long job started last would keep one core busy after the others end.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], startingWith first: [Int] = [], progress: (@Sendable (Int) -> Void)? = nil,
        _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let results = Results<Output>(count: inputs.count)
        let done = Atomic<Int>(0)
        let firstSet = Set(first)
        let order = first + inputs.indices.filter { !firstSet.contains($0) }
        inputs.withUnsafeBufferPointer { buffer in
            let inputs = UncheckedInputs(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: order.count) { step in
                let index = order[step]
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
