// Builds the caller-ID packets the exchange sends (Bellcore SDMF 0x04 and MDMF 0x80, devices.md §3), as
// unformatted voice modems print them in hex: for the simulator and as unit-test fixtures.

export interface PacketCall {
  // MMDDHHMM
  stamp?: string;
  number?: string | null;
  withheld?: 'private' | 'unavailable' | null;
  name?: string | null;
  // Corrupt the checksum: the receiver must drop the packet.
  badChecksum?: boolean;
}

function sealed(type: number, body: Buffer, badChecksum = false): Buffer {
  const packet = Buffer.concat([Buffer.from([type, body.length]), body]);
  const sum = packet.reduce((total, byte) => (total + byte) & 0xff, 0);
  return Buffer.concat([packet, Buffer.from([((0x100 - sum) & 0xff) ^ (badChecksum ? 0x01 : 0)])]);
}

const reason = (withheld: 'private' | 'unavailable') => (withheld === 'private' ? 'P' : 'O');

export function sdmfPacket({ stamp = '11230934', number, withheld, badChecksum }: PacketCall): Buffer {
  const value = withheld ? reason(withheld) : (number ?? '');
  return sealed(0x04, Buffer.from(stamp + value, 'latin1'), badChecksum);
}

export function mdmfPacket({ stamp = '11230934', number, withheld, name, badChecksum }: PacketCall): Buffer {
  const parameter = (type: number, value: string) => {
    const bytes = Buffer.from(value, 'latin1');
    return Buffer.concat([Buffer.from([type, bytes.length]), bytes]);
  };
  const parts = [parameter(0x01, stamp)];
  parts.push(withheld ? parameter(0x04, reason(withheld)) : parameter(0x02, number ?? ''));
  parts.push(name ? parameter(0x07, name) : parameter(0x08, withheld ? reason(withheld) : 'O'));
  return sealed(0x80, Buffer.concat(parts), badChecksum);
}
