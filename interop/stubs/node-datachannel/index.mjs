import { unavailable } from './unavailable.mjs'

export const PeerConnection = unavailable('PeerConnection')
export const IceUdpMuxListener = unavailable('IceUdpMuxListener')
