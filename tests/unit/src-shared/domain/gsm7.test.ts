import { describe, expect, it } from 'vitest';
import {
  canEncodeGsm7,
  gsm7Length,
  Gsm7Error,
  packSeptets,
  septetsToText,
  textToSeptets,
  unpackSeptets,
} from '../../../../src-shared/domain/gsm7';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').toUpperCase();

describe('GSM-7 alphabet', () => {
  it('accepts the basic table and the extension table, rejects Persian, ZWNJ and Persian digits', () => {
    expect(canEncodeGsm7('Hello @£$¥ èéùìò ΔΦΓΛΩΠΨΣΘΞ ÄÖÑÜ§¿äöñüà\r\n')).toBe(true);
    expect(canEncodeGsm7('^{}\\[~]|€')).toBe(true);
    expect(canEncodeGsm7('سلام')).toBe(false);
    expect(canEncodeGsm7('a\u200Cb')).toBe(false);
    expect(canEncodeGsm7('۱۲۳')).toBe(false);
    expect(canEncodeGsm7('`')).toBe(false);
    expect(canEncodeGsm7('😀')).toBe(false);
  });

  it('codes extension characters as ESC + code and counts them as 2 septets', () => {
    expect(textToSeptets('^{}\\[~]|€')).toEqual([
      0x1b, 0x14, 0x1b, 0x28, 0x1b, 0x29, 0x1b, 0x2f, 0x1b, 0x3c, 0x1b, 0x3d, 0x1b, 0x3e, 0x1b, 0x40, 0x1b, 0x65,
    ]);
    expect(gsm7Length('a€b')).toBe(4);
    expect(septetsToText([0x1b, 0x65, 0x00, 0x1b, 0x3c])).toBe('€@[');
    expect(() => gsm7Length('س')).toThrow(Gsm7Error);
  });

  it('shows an unknown extension code as the basic character, and a trailing ESC as a space', () => {
    expect(septetsToText([0x1b, 0x41])).toBe('A');
    expect(septetsToText([0x41, 0x1b])).toBe('A ');
  });
});

describe('septet packing', () => {
  it('packs the textbook example "hellohello"', () => {
    expect(hex(packSeptets(textToSeptets('hellohello')))).toBe('E8329BFD4697D9EC37');
  });

  it('packs "Hi" into C834', () => {
    expect(hex(packSeptets(textToSeptets('Hi')))).toBe('C834');
  });

  it('puts one fill bit first after a 6-octet UDH, and round-trips with fill bits 0–6', () => {
    // 'H' = 0x48 shifted left by one fill bit.
    expect(hex(packSeptets([0x48], 1))).toBe('90');
    const septets = textToSeptets('The quick brown fox € {jumps}');
    for (let fill = 0; fill <= 6; fill++) {
      expect(unpackSeptets(packSeptets(septets, fill), septets.length, fill)).toEqual(septets);
    }
  });

  it('refuses to read past the data', () => {
    expect(() => unpackSeptets(new Uint8Array([0xc8]), 2)).toThrow(Gsm7Error);
  });
});
