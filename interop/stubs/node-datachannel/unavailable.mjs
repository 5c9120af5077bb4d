// A class for each name @libp2p/webrtc imports; using one means a WebRTC transport was configured.
export const unavailable = (name) => class {
  constructor () {
    throw new Error(`${name}: WebRTC is not available in the interop stack (stubbed native library)`)
  }
}
