import {
  compatiblePersonNames,
  isNamePart,
  personNameKey,
  similarWords,
  wordsAlign,
} from '../../../src/names/person-names';

const words = (name: string) => personNameKey(name).split(' ');

describe('people’s names in parts', () => {
  it.each([
    ['Perezida Kagame', 'kagame'],
    ['Minisitiri Jean-Paul Habimana', 'jean paul habimana'],
    ['President', 'president'],
  ])('when "%s" is keyed, then titles before the name are left out: "%s"', (name, key) => {
    expect(personNameKey(name)).toBe(key);
  });

  it('when a name leaves out given names, middle names or a patronymic, then it is a part of the full one', () => {
    expect(isNamePart(words('Kagame'), words('Paul Kagame'))).toBe(true);
    expect(isNamePart(words('Yvette Mukankusi'), words('Yvette Uwase Mukankusi'))).toBe(true);
    expect(isNamePart(words('Kassym-Jomart Tokayev'), words('Kassym-Jomart Kemeluly Tokayev'))).toBe(true);
    expect(isNamePart(words('Paul'), words('Paul Kagame'))).toBe(false);
    expect(isNamePart(words('Jean Kagame'), words('Paul Kagame'))).toBe(false);
  });

  it('when given names differ, then the names are not compatible; a misspelt long word still is', () => {
    expect(compatiblePersonNames(words('Paul Kagame'), words('Jean Kagame'))).toBe(false);
    expect(compatiblePersonNames(words('Kagame'), words('Jean Kagame'))).toBe(true);
    expect(compatiblePersonNames(words('Kwabena Asante-Mensa'), words('Kwabena Asante-Mensah'))).toBe(true);
    expect(compatiblePersonNames(words('Jean Kagame'), words('Joan Kagame'))).toBe(false);
  });

  it('when words are compared for misspellings, then only words of five letters or more may differ', () => {
    expect(similarWords('mensa', 'mensah')).toBe(true);
    expect(similarWords('jean', 'joan')).toBe(false);
    expect(wordsAlign(['ministry', 'of', 'ghana'], ['ministry', 'of', 'kenya'])).toBe(false);
  });
});
