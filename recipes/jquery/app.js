/* global $ -- jQuery, loaded by index.html before this script. */
// A jQuery-era page: the elements are plain DOM elements. Set data with `.prop()` (properties,
// not attributes); listen with `.on()`: the kit's event is `event.originalEvent`.
$(function () {
  var orgs = [
    { id: 'c1', name: '青龙苑社区党委', kind: 'committee', parentId: null },
    { id: 'c1b1', name: '青龙苑第一党支部', kind: 'branch', parentId: 'c1' },
  ];
  var members = [
    member('m1', '王建国', '1950-03-02', 'male'),
    member('m2', '李秀英', '1988-11-20', 'female'),
    member('m3', '张伟', '1995-07-15', 'male'),
  ];

  $('#roster')
    .prop({ orgs: orgs, members: members })
    .on('dj-member-select', function (event) {
      var chosen = members.filter(function (m) {
        return m.id === event.originalEvent.memberId;
      })[0];
      $('#chosen').text(chosen.name);
    });

  function member(id, name, birthDate, gender) {
    return {
      id: id,
      name: name,
      gender: gender,
      birthDate: birthDate,
      stage: 'full',
      joinedOn: '2010-07-01',
      relationOrgId: 'c1b1',
      managingOrgId: 'c1b1',
      status: 'active',
    };
  }
});
