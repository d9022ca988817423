import Foundation

/// Equal Earth (Šavrič, Patterson and Jenny, "The Equal Earth map projection", International Journal
/// of Geographical Information Science 33(3), 2019): a pseudocylindrical equal-area projection whose
/// y is a polynomial in the parametric latitude θ = asin(√3/2 · sin φ). Written from the paper's
/// equations; the inverse solves the polynomial for θ by Newton's method.
enum EqualEarth {
    static let a1 = 1.340264
    static let a2 = -0.081106
    static let a3 = 0.000893
    static let a4 = 0.003796
    static let m = 3.0.squareRoot() / 2

    static func forward(_ lambda: Double, _ phi: Double) -> (x: Double, y: Double) {
        let theta = asin(m * sin(phi))
        let t2 = theta * theta
        let t6 = t2 * t2 * t2
        let x = lambda * cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)))
        let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
        return (x, y)
    }

    static func inverse(_ x: Double, _ y: Double) -> (lambda: Double, phi: Double)? {
        var theta = y
        for _ in 0..<20 {
            let t2 = theta * theta
            let t6 = t2 * t2 * t2
            let f = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2)) - y
            let derivative = a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)
            let step = f / derivative
            theta -= step
            if abs(step) < 1e-12 { break }
        }
        guard abs(theta) <= .pi / 3 + 1e-9 else { return nil }
        let t2 = theta * theta
        let t6 = t2 * t2 * t2
        let lambda = m * x * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)) / cos(theta)
        guard abs(lambda) <= .pi + 1e-9 else { return nil }
        return (lambda, asin(min(1, max(-1, sin(theta) / m))))
    }
}

/// The Albers equal-area conic on the sphere (Snyder, "Map Projections — A Working Manual", USGS
/// Professional Paper 1395, 1987, equations 14-1 to 14-6 and 14-8 to 14-11). When the standard
/// parallels are symmetric about the equator the cone opens into a cylinder, and the cylindrical
/// equal-area projection with that standard parallel is used.
struct AlbersConic {
    let n: Double
    let c: Double
    let rho0: Double
    let cylinderCos: Double

    init(south: Double, north: Double, origin: Double) {
        let sinSouth = sin(south)
        n = (sinSouth + sin(north)) / 2
        c = cos(south) * cos(south) + 2 * n * sinSouth
        rho0 = abs(n) < 1e-9 ? 0 : (c - 2 * n * sin(origin)).squareRoot() / n
        cylinderCos = cos(south)
    }

    func forward(_ lambda: Double, _ phi: Double) -> (x: Double, y: Double) {
        if abs(n) < 1e-9 { return (lambda * cylinderCos, sin(phi) / cylinderCos) }
        let rho = max(0, c - 2 * n * sin(phi)).squareRoot() / n
        let theta = n * lambda
        return (rho * sin(theta), rho0 - rho * cos(theta))
    }

    func inverse(_ x: Double, _ y: Double) -> (lambda: Double, phi: Double)? {
        if abs(n) < 1e-9 {
            let s = y * cylinderCos
            guard abs(s) <= 1 else { return nil }
            return (x / cylinderCos, asin(s))
        }
        let dy = rho0 - y
        let rho = (x * x + dy * dy).squareRoot() * (n < 0 ? -1 : 1)
        let theta = n < 0 ? atan2(-x, -dy) : atan2(x, dy)
        let s = (c - rho * rho * n * n) / (2 * n)
        guard abs(s) <= 1 + 1e-12 else { return nil }
        return (theta / n, asin(min(1, max(-1, s))))
    }
}
