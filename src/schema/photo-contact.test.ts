import { describe, expect, it } from 'vitest';
import { MunicipalityConfig, RegionConfig } from './config.js';

const base = { id: 'ett', name: 'Ett', kommunkod: '1272', workshops: [{ id: 'v', name: 'V', target_groups: [1] }] };
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('municipality.yaml photo', () => {
  const photo = { file: 'images/verkstaden.jpg', alt: 'Verkstadens lokal, tom.', credit: 'Kommunen', no_identifiable_participants: true };

  it('accepts a JPEG or PNG in images/ with alt text, credit and the statement', () => {
    expect(MunicipalityConfig.safeParse({ ...base, photo }).success).toBe(true);
    expect(MunicipalityConfig.safeParse({ ...base, photo: { ...photo, file: 'images/a.PNG' } }).success).toBe(true);
  });

  it('requires the alt text and the statement that no participant can be identified', () => {
    const { alt: _, ...withoutAlt } = photo;
    expect(messages(MunicipalityConfig.safeParse({ ...base, photo: withoutAlt }))).toEqual([expect.stringMatching(/^photo\.alt: /)]);
    expect(messages(MunicipalityConfig.safeParse({ ...base, photo: { ...photo, no_identifiable_participants: false } }))).toEqual([
      'photo.no_identifiable_participants: must be true: confirm that no participant can be identified in the photo',
    ]);
  });

  it('keeps the file inside images/: no other folder, no "..", no other format', () => {
    for (const file of [
      'verkstaden.jpg',
      'images/../../secret.jpg',
      '/etc/passwd.png',
      'images/sub/a.jpg',
      'images/a.gif',
      'images/a.svg',
    ]) {
      expect(MunicipalityConfig.safeParse({ ...base, photo: { ...photo, file } }).success, file).toBe(false);
    }
  });
});

describe('contact functions', () => {
  it("take a function's e-mail and phone, and refuse a person's first.last address", () => {
    const contact = {
      organisation: 'Utbildningsförvaltningen',
      function: 'Kontaktcenter',
      email: 'kontaktcenter@ett.se',
      phone: '0456-822 00',
    };
    expect(MunicipalityConfig.safeParse({ ...base, contact }).success).toBe(true);
    expect(messages(MunicipalityConfig.safeParse({ ...base, contact: { ...contact, email: 'anna.svensson@ett.se' } }))).toEqual([
      expect.stringMatching(/^contact\.email: looks like a person's address/),
    ]);
    expect(MunicipalityConfig.safeParse({ ...base, contact: { ...contact, phone: 'ring Anna' } }).success).toBe(false);
  });

  it('region.yaml has a contact function without a person', () => {
    const region = { id: 'r', name: 'R', organisation: 'Förbundet', county_code: '12', municipalities: ['ett'] };
    expect(
      RegionConfig.safeParse({ ...region, contact: { function: 'Kansliet', phone: '070-174 06 99', web: 'https://r.se' } }).success,
    ).toBe(true);
    expect(RegionConfig.safeParse({ ...region, contact: { name: 'Anna Svensson' } }).success).toBe(false);
  });
});
